// @verb placement --on $root_class --dspec this --ispec none:none
/**
 * placement(): [prep, target] when this object is placed on/under/behind/before/beside/over something in the same room, else null (method).
 */
import { valid } from "moo";

if (!this.has("placed_prep")) return null;
const prep = this.get("placed_prep");
const target = this.get("placed_on");
const where = this.get("placed_in");
if (typeof prep !== "string" || !valid(target) || !valid(where)) return null;
// A placement lapses as soon as either object moves.
if (this.location.id !== where.id || target.location.id !== where.id) return null;
return [prep, target];
