// @verb place --on $thing --dspec this --ispec any:any
/**
 * place <thing> on|under|behind|before|beside|over <target>: sets something down in a particular spot (things under or behind others are hidden).
 */
import { print, valid } from "moo";

const surfaces = ["on", "under", "behind", "before", "beside", "over"];
if (!surfaces.includes(prep)) {
  print("Place it where? (on, under, behind, before, beside or over something)");
  return;
}
if (!valid(iobj)) {
  print(iobj.id === -2 ? `I don't know which "${iobjstr}" you mean.` : `There is no "${iobjstr}" here.`);
  return;
}
if (iobj.id === this.id) {
  print("You can't place something on itself.");
  return;
}
const room = player.location;
const shown = prep === "before" ? "in front of" : prep;
const target = iobj.call("title");
if (iobj.location.id !== room.id) {
  print(`You need to put the ${target} down first.`);
  return;
}
const types = (iobj.has("surface_types") ? iobj.get("surface_types") : surfaces) as string[];
if (!Array.isArray(types) || !types.includes(prep)) {
  print(`You can't place anything ${shown} the ${target}.`);
  return;
}
if (this.location.id !== room.id && !this.call("moveto", room)) {
  print(this.call("msg", "drop_failed_msg") as string);
  return;
}
this.setPlacement(prep, iobj);
print(`You place ${this.call("title")} ${shown} the ${target}.`);
room.call("announce", `${player.name} places ${this.call("title")} ${shown} the ${target}.`);
