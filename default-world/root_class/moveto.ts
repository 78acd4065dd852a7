// @verb moveto --on $root_class --dspec this --ispec none:none
/**
 * moveto(where): moves this object, with its owner's permissions (so the destination's `accept` decides); true on success (method).
 */
import { move, setTaskPerms } from "moo";

const where = (args[0] ?? null) as typeof this | null;
setTaskPerms(this.owner);
try {
  move(this, where);
} catch {
  return false;
}
return true;
