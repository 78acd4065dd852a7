// @verb tick --on $daemon --dspec this --ispec none:none
/**
 * tick(): one tick of the daemon: counts it, stamps `last_tick_at`, then calls `on_tick`; the schedule calls it with the daemon's owner's permissions. Returns the tick count (method).
 */
import { isWizard, setTaskPerms, UserError } from "moo";

// Scheduled ticks run with the daemon as the player; otherwise only a wizard or the owner.
if (player !== this && player !== this.owner && !isWizard(player)) {
  throw new UserError(`Only a wizard or ${this.name}'s owner can make it tick.`);
}
setTaskPerms(this.owner);
const count = (Number(this.get("tick_count")) || 0) + 1;
this.set("tick_count", count);
this.set("last_tick_at", new Date().toISOString());
this.call("on_tick");
return count;
