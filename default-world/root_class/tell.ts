// @verb tell --on $root_class --dspec this --ispec none:none
/**
 * tell(text[, kind]): sends a line to this object; only players hear anything (method).
 */
import { tell } from "moo";

if (this.isPlayer) tell(this, String(args[0] ?? ""));
