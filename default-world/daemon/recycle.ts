// @verb recycle --on $daemon --dspec this --ispec none:none
/**
 * recycle(): a recycled daemon stops ticking (method).
 */
import { isWizard } from "moo";

// Only those who may recycle it anyway stop it here (the hook runs before the permission check).
if (isWizard(player) || player === this.owner) this.call("disable", true);
return null;
