// @verb look_self --on $player --dspec this --ispec none:none
/**
 * look_self(): prints the player's description and whether they are awake (method).
 */
import { print } from "moo";

print(this.call("description") as string);
const they = String(this.get("psc") ?? "They");
const plural = this.get("gender") === "plural";
if (!this.call("is_connected")) print(`${they} ${plural ? "are" : "is"} sleeping.`);
else print(`${they} ${plural ? "are" : "is"} awake and ${plural ? "look" : "looks"} alert.`);
