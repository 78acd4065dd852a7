// @verb tel*eport --on $builder --dspec any --ispec none:none
/**
 * teleport <room>|#N: takes you straight to a room.
 */
import { $, move, print, valid } from "moo";

const room = (valid(dobj) ? dobj : $.match_utils.call("find_room", dobjstr)) as typeof this | null;
if (!valid(room)) {
  print(`There is no room called "${dobjstr}".`);
  return;
}
if (!room.isA($.room)) {
  print(`${room.name} (#${room.id}) is not a room.`);
  return;
}
const from = player.location;
if (valid(from) && from.id === room.id) {
  print("You are already there.");
  return;
}
if (!room.call("accept", player)) {
  print(`${room.name} (#${room.id}) won't let you in.`);
  if (valid(from)) from.call("announce", `${player.name} flickers violently, crackles with static, and remains exactly where they are.`);
  return;
}
if (valid(from)) from.call("announce", `${player.name} vanishes in a shower of sparks.`);
move(player, room);
room.call("announce", `${player.name} appears in a shower of sparks.`);
room.call("look_self", player);
