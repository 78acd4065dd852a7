// @verb @dig --on $builder --dspec any --ispec at:any
/**
 * @dig <direction> to <new room name>: makes a new room and an exit to it from here.
 */
import { $, create, print, valid } from "moo";

const dir = dobjstr.trim();
const roomName = iobjstr.trim().replace(/^"(.*)"$/, "$1");
if (dir === "" || prep !== "at" || roomName === "") {
  print("Usage: @dig <direction> to <new room name>");
  return;
}
const here = player.location;
if (!valid(here) || !here.isA($.room)) {
  print("You have to be in a room to dig.");
  return;
}
const full = $.string_utils.call("expand_direction", dir) as string;
if (valid(here.call("match_exit", full)) || Array.isArray(here.call("match_exit", full))) {
  print("There is already an exit in that direction.");
  return;
}
const room = create(roomName, { parents: [$.room], owner: player, location: null });
const exit = create(`${full} from ${here.name}`, { parents: [$.exit], owner: player, location: null });
exit.set("source", here);
exit.set("dest", room);
here.set("exits", [...((here.get("exits") ?? []) as unknown[]), exit]);
room.set("entrances", [...((room.get("entrances") ?? []) as unknown[]), exit]);
print(`Dug an exit ${full} to "${room.name}" (#${room.id}).`);
