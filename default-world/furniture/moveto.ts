// @verb moveto --on $furniture --dspec this --ispec none:none
/**
 * moveto(where): furniture stays put; only a wizard can move it (method).
 */
import { isWizard, passthrough } from "moo";

if (!isWizard(player)) return false;
return passthrough(args[0] ?? null);
