// @verb put insert --on $container --dspec any --ispec in:this --ispec on:this
/**
 * put <thing> in <container>: puts something you carry or see into an open container.
 */
import { print, valid } from "moo";

if (!valid(dobj)) {
  print(dobj.id === -2 ? `I don't know which "${dobjstr}" you mean.` : `There is no "${dobjstr}" here.`);
  return;
}
if (!this.get("open")) {
  print(`${this.call("titlec")} is closed.`);
  return;
}
if (dobj.id === this.id) {
  print("You can't put something inside itself.");
  return;
}
const what = dobj.call("title");
if (dobj.isPlayer || !(this.call("accept", dobj) as boolean) || !dobj.call("moveto", this)) {
  print(`You can't put ${what} in ${this.call("title")}.`);
  return;
}
print(`You placed ${what} in ${this.call("title")}.`);
player.location.call("announce", `${player.name} puts ${what} in ${this.call("title")}.`);
