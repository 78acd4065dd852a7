// @verb l*ook inspect --on $room --dspec either --ispec any:any
/**
 * look [<obj>] · look at <obj> · look in <container> · look through <exit>: look around or at something.
 */
import { lookup, print, valid } from "moo";

if (dobjstr === "" && iobjstr === "") {
  this.call("look_self", player);
  return;
}
const name = dobjstr !== "" ? dobjstr : iobjstr;
let target = dobjstr !== "" ? dobj : iobj;
if (!valid(target) && target.id !== -2) {
  try {
    target = lookup(name);
  } catch {
    const ex = this.call("match_exit", name);
    if (valid(ex)) target = ex as typeof target;
  }
}
if (target.id === -2) {
  print(`I don't know which "${name}" you mean.`);
  return;
}
if (!valid(target)) {
  print(`There is no "${name}" here.`);
  return;
}
if (this.get("dark") && target.location?.id === this.id && !(this.hasVerb("is_lit") && this.call("is_lit"))) {
  print("It's too dark to see.");
  return;
}
if (prep === "through" && target.has("dest") && valid(target.get("dest"))) {
  (target.get("dest") as typeof target).call("look_self", player);
  return;
}
if (target.hasVerb("look_self")) target.call("look_self", player);
else print(target.call("description") as string);
if (prep === "in" && target.hasVerb("tell_contents")) target.call("tell_contents", player);
