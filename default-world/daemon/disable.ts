// @verb disable --on $daemon --dspec this --ispec none:none
/**
 * disable([quiet]): stops the daemon's ticks (wizards and the daemon's owner) (method).
 */
import { cancelSchedule, isWizard, print, UserError } from "moo";

if (!isWizard(player) && player !== this.owner) {
  throw new UserError(`Only a wizard or ${this.name}'s owner can disable it.`);
}
const quiet = args[0] === true;
const current = this.get("schedule");
if (current === null) {
  if (!quiet) print(`${this.name} is not enabled.`);
  return false;
}
this.set("schedule", null);
const cancelled = typeof current === "string" && cancelSchedule(current);
if (!quiet) print(cancelled ? `${this.name} disabled.` : `${this.name} disabled (its schedule was already gone).`);
return cancelled;
