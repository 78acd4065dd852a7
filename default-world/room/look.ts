// @verb l*ook inspect --on $room --dspec either --ispec any:any
/**
 * look [<obj>] · look at <obj> · look in <container> · look on|under|behind|before|beside|over <thing> · look through <exit>: look around or at something.
 */
import { $, lookup, print, valid } from "moo";

if (dobjstr === "" && iobjstr === "") {
  this.call("look_self", player);
  return;
}
const name = dobjstr !== "" ? dobjstr : iobjstr;
let target = dobjstr !== "" ? dobj : iobj;
if (!valid(target) && target.id !== -2) {
  const ex = this.call("match_exit", name);
  if (valid(ex)) target = ex as typeof target;
  else if (dobjstr === "" && prep === "at") {
    try {
      target = lookup(name);
    } catch {
      // not found anywhere
    }
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
if (target.location.id === this.id && !this.call("is_lit")) {
  print("It's too dark to see.");
  return;
}
const surfaces = ["on", "under", "behind", "before", "beside", "over"];
if (dobjstr === "" && surfaces.includes(prep)) {
  const shown = prep === "before" ? "in front of" : prep;
  const here = target.location.id === this.id ? this.contents : target.location.contents;
  const items = here.filter((o: typeof target) => {
    const p = o.placement;
    return p !== null && p.prep === prep && p.target.id === target.id;
  });
  const title = target.call("title");
  if (items.length === 0) print(`You find nothing ${shown} the ${title}.`);
  else {
    const list = $.string_utils.call("english_list", items) as string;
    print(`${shown.charAt(0).toUpperCase()}${shown.slice(1)} the ${title} you see ${list}.`);
  }
  return;
}
if (prep === "through" && dobjstr === "" && target.has("dest") && valid(target.get("dest"))) {
  (target.get("dest") as typeof target).call("look_self", player);
  return;
}
if (prep === "in" && dobjstr === "" && target.hasVerb("look_in")) {
  target.call("look_in", player);
  return;
}
target.call("look_self", player);
