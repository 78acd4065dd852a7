// @verb open --on $container --dspec this --ispec none:none
/**
 * open <container>: opens it (unless it is locked against you).
 */
import { print } from "moo";

if (this.get("open")) {
  print(`${this.call("titlec")} is already open.`);
  return;
}
if (!this.call("is_openable_by", player)) {
  print(`${this.call("titlec")} is locked.`);
  return;
}
this.set("open", true);
print(`You open ${this.call("title")}.`);
player.location.call("announce", `${player.name} opens ${this.call("title")}.`);
