// @verb wh*isper --on $player --dspec any --ispec at:any
/**
 * whisper <message> to <player>: says something only they hear (they must be in the room).
 */
import { print, valid } from "moo";

if (prep !== "at" || !valid(iobj) || !iobj.isPlayer || iobj.location.id !== player.location.id) {
  print(iobjstr === "" ? "Whisper to whom?" : `There is no "${iobjstr}" here to whisper to.`);
  return;
}
const msg = dobjstr.replace(/^"(.*)"$/s, "$1");
iobj.call("tell", `${player.name} whispers to you: ${msg}`, "whisper");
print(`You whisper to ${iobj.name}: ${msg}`);
