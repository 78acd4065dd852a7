// @verb @who --on $player --dspec none --ispec none:none
/**
 * @who: lists the players who are connected, and where they are.
 */
import { connectedPlayers, connectionInfo, print, setTaskPerms, valid } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const here = connectedPlayers();
if (here.length === 0) {
  print("No players are currently connected.");
  return;
}
const idle = (s: number) => (s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m` : `${Math.floor(s / 3600)}h`);
print("Connected players:");
for (const p of here) {
  const info = connectionInfo(p);
  const where = valid(p.location) ? p.location.name : "nowhere";
  const idleText = info && info.idleSeconds >= 60 ? ` (idle ${idle(info.idleSeconds)})` : "";
  print(`  ${p.name} [${where}]${idleText}`);
}
