// @verb @who --on $player --dspec none --ispec none:none
/**
 * @who: lists the players who are connected, and where they are.
 */
import { players, print, valid } from "moo";

// The SDK has no connected-state yet: list the players who are somewhere.
const here = players().filter((p) => valid(p.location));
if (here.length === 0) {
  print("No players are currently connected.");
  return;
}
print("Connected players:");
for (const p of here) print(`  ${p.name} [${p.location.name}]`);
