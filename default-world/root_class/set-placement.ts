// @verb set_placement --on $root_class --dspec this --ispec none:none
/**
 * set_placement(prep, target): places this object relative to target (both in the same room); set_placement(null) clears it (method).
 */
import { valid } from "moo";

const prep = args[0];
const target = args[1];
if (typeof prep !== "string" || !valid(target)) {
  if (this.get("placed_prep") !== null) {
    this.set("placed_prep", null);
    this.set("placed_on", null);
    this.set("placed_in", null);
  }
  return true;
}
this.set("placed_prep", prep);
this.set("placed_on", target);
this.set("placed_in", this.location);
return true;
