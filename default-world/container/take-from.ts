// @verb get take remove --on $container --dspec any --ispec from:this
/**
 * take <thing> from <container>: takes something out of an open container.
 */
import { print, valid } from "moo";

if (!this.get("open")) {
  print(`${this.call("titlec")} is closed.`);
  return;
}
let thing = this.call("match", dobjstr) as unknown;
if (Array.isArray(thing)) {
  print(`I don't know which "${dobjstr}" you mean.`);
  return;
}
if (!valid(thing)) {
  print(`${dobjstr} is not in ${this.call("title")}.`);
  return;
}
const t = thing as typeof this;
if (!t.call("moveto", player)) {
  print(t.has("take_failed_msg") ? (t.call("msg", "take_failed_msg") as string) : "You can't take that.");
  return;
}
print(`You took ${t.call("title")} from ${this.call("title")}.`);
player.location.call("announce", `${player.name} takes ${t.call("title")} from ${this.call("title")}.`);
