// @verb sw*itch --on $flashlight --dspec this --ispec none:none
/**
 * switch <flashlight>: turns it on or off.
 */
import { print } from "moo";

const on = !this.get("alight");
this.set("alight", on);
const t = this.call("title");
print(`You switch ${on ? "on" : "off"} the ${t}.`);
player.location.call("announce", `${player.name} switches ${on ? "on" : "off"} the ${t}.`);
