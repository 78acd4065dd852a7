// @verb recycle --on $npc --dspec this --ispec none:none
/**
 * recycle(): a recycled NPC stops ticking and is no longer a player (@restore makes it one again) (method).
 */
import { isWizard, setRoles } from "moo";

// Only those who may recycle it anyway change it here (the hook runs before the permission check).
// What $daemon:recycle does (`passthrough` would find $root_class:recycle first, through $player).
if (isWizard(player) || player === this.owner) {
  this.call("disable", true);
  setRoles(this, { player: false });
}
return null;
