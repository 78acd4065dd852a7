// @verb @dig --on $builder --dspec either --ispec any:any
/**
 * @dig <direction> to <new room name>: makes a new room and an exit to it from here (`@dig "<name>"` makes just the room).
 */
import { $, create, print, setTaskPerms, valid } from "moo";

const unquote = (s: string) => s.trim().replace(/^"(.*)"$/, "$1");
// "up" and "down" are prepositions to the parser, so read "<direction> to <place>" from the raw text.
const dm = /^(\S+)\s+(?:to|at)\s+(.+)$/is.exec(argstr.trim());
const dirWord = dm ? dm[1] : "";
const placeText = dm ? dm[2].trim() : "";
const here = player.location;
if (!dm) {
  const name = unquote(argstr);
  // A bare direction is a forgotten "to <room>", not a room called "north" (quote it to mean that).
  const bareDirection = !/^".*"$/.test(argstr.trim()) && $.string_utils.call("is_direction", name) === true;
  if (name === "" || bareDirection) {
    print("Usage: @dig <direction> to <new room name>");
    return;
  }
  setTaskPerms(player);
  const room = create(name, { parents: [$.room], owner: player, location: null });
  print(`Dug "${room.name}" (#${room.id}).`);
  return;
}
const roomName = unquote(placeText);
if (roomName === "") {
  print("Usage: @dig <direction> to <new room name>");
  return;
}
if (!valid(here) || !here.isA($.room)) {
  print("You have to be in a room to dig.");
  return;
}
const dir = $.string_utils.call("expand_direction", dirWord) as string;
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
print(`Dug an exit ${dir} to "${room.name}" (#${room.id}).`);
