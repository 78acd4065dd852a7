// @verb @burrow --on $builder --dspec either --ispec any:any
/**
 * @burrow <direction> to "<new room name>": digs a new room with exits both ways, and takes you there.
 */
import { $, create, move, print, setTaskPerms, valid } from "moo";

// "up" and "down" are prepositions to the parser, so read "<direction> to <place>" from the raw text.
const dm = /^(\S+)\s+(?:to|at)\s+(.+)$/is.exec(argstr.trim());
const dirWord = dm ? dm[1] : "";
const placeText = dm ? dm[2].trim() : "";
const roomName = placeText.replace(/^"(.*)"$/, "$1");
if (roomName === "") {
  print('Usage: @burrow <direction> to "<new room name>"');
  return;
}
const here = player.location;
if (!valid(here) || !here.isA($.room)) {
  print("You have to be in a room to burrow.");
  return;
}
const su = $.string_utils;
const dir = su.call("expand_direction", dirWord) as string;
const back = su.call("opposite_direction", dir) as string | null;
if (back === null) {
  print("You can only burrow in a compass direction, up or down.");
  return;
}
if (here.call("match_exit", dir) !== null) {
  print("There is already an exit in that direction.");
  return;
}
let room: typeof this;
try {
  setTaskPerms(player);
  room = create(roomName, { parents: [$.room], owner: player, location: null });
} catch (e) {
  print((e as Error).message);
  return;
}
this.call("make_exit", dir, here, room);
this.call("make_exit", back, room, here);
print(`Dug an exit ${dir} to "${room.name}" (#${room.id}), and one ${back} back to "${here.name}" (#${here.id}).`);
here.call("announce", `${player.name} burrows ${dir}.`);
move(player, room);
room.call("look_self", player);
