// @verb close --on $container --dspec this --ispec none:none
/**
 * close <container>: closes it.
 */
import { print } from "moo";

if (!this.get("open")) {
  print(`${this.call("titlec")} is already closed.`);
  return;
}
this.set("open", false);
print(`You close ${this.call("title")}.`);
player.location.call("announce", `${player.name} closes ${this.call("title")}.`);
