// @verb @tunnel --on $builder --dspec either --ispec any:any
/**
 * @tunnel <direction> to <existing room>: makes an exit from here to a room that already exists.
 */
import { $, print, valid } from "moo";

// "up" and "down" are prepositions to the parser, so read "<direction> to <place>" from the raw text.
const dm = /^(\S+)\s+(?:to|at)\s+(.+)$/is.exec(argstr.trim());
const dirWord = dm ? dm[1] : "";
const placeText = dm ? dm[2].trim() : "";
const dest = $.match_utils.call("find_room", placeText) as typeof this | null;
if (placeText === "") {
  print("Usage: @tunnel <direction> to <existing room>");
  return;
}
if (!valid(dest) || !dest.isA($.room)) {
  print(`There is no room called "${placeText}".`);
  return;
}
const here = player.location;
if (!valid(here) || !here.isA($.room)) {
  print("You have to be in a room to tunnel.");
  return;
}
const dir = $.string_utils.call("expand_direction", dirWord) as string;
if (here.call("match_exit", dir) !== null) {
  print("There is already an exit in that direction.");
  return;
}
try {
  this.call("make_exit", dir, here, dest);
} catch (e) {
  print((e as Error).message);
  return;
}
print(`Tunnelled an exit ${dir} to "${dest.name}" (#${dest.id}).`);
