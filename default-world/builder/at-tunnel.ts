// @verb @tunnel --on $builder --dspec any --ispec at:any
/**
 * @tunnel <direction> to <existing room>: makes an exit from here to a room that already exists.
 */
import { $, lookup, print, valid } from "moo";

const dest = (() => {
  if (valid(iobj)) return iobj;
  try {
    return lookup(iobjstr.trim().replace(/^"(.*)"$/, "$1"));
  } catch {
    return null;
  }
})();
if (dobjstr.trim() === "" || prep !== "at" || iobjstr === "") {
  print("Usage: @tunnel <direction> to <existing room>");
  return;
}
if (!valid(dest) || !dest.isA($.room)) {
  print(`There is no room called "${iobjstr}".`);
  return;
}
const here = player.location;
if (!valid(here) || !here.isA($.room)) {
  print("You have to be in a room to tunnel.");
  return;
}
const dir = $.string_utils.call("expand_direction", dobjstr.trim()) as string;
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
