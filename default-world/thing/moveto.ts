// @verb moveto --on $thing --dspec this --ispec none:none
/**
 * moveto(where): moves the thing, unless its lock (`key`) refuses the destination (so a locked thing can only be carried by those passing the key) (method).
 */
import { passthrough, valid } from "moo";

const where = args[0];
if (valid(where) && !this.call("is_unlocked_for", where)) return false;
return passthrough(where);
