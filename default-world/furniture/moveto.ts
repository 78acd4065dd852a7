// @verb moveto --on $furniture --dspec this --ispec none:none
/**
 * moveto(where): furniture can be set down but not carried off: only a wizard can move it into someone's hands (method).
 */
import { isWizard, passthrough, valid } from "moo";

const where = args[0] ?? null;
if (valid(where) && where.isPlayer && !isWizard(player)) return false;
return passthrough(where);
