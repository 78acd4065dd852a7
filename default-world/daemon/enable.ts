// @verb enable --on $daemon --dspec this --ispec none:none
/**
 * enable(): starts running `tick` every `interval` seconds, as a stored schedule that survives restarts; wizards only; enabling again changes nothing unless the interval changed (method).
 */
import { $, cancelSchedule, invoke, isWizard, print, schedules, UserError } from "moo";

if (!isWizard(player)) throw new UserError("Only a wizard can enable a daemon.");
const interval = this.get("interval");
if (typeof interval !== "number" || !Number.isFinite(interval) || interval <= 0) {
  throw new UserError(`${this.name}'s interval must be a positive number of seconds, not ${JSON.stringify(interval)}.`);
}
$.daemon.call("register", this);
const current = this.get("schedule");
const live = typeof current === "string" ? schedules(this).find((s) => s.id === current) : undefined;
if (live && live.every === interval) {
  print(`${this.name} is already enabled (interval=${interval}s).`);
  return false;
}
// A new interval replaces the schedule; a schedule that went missing (an orphan) is made again.
if (live) cancelSchedule(live.id);
// The ticks' player is the daemon itself: `player` in its verbs, and nobody gets their output.
this.set("schedule", invoke(this, "tick", { every: interval, player: this }));
print(`${this.name} enabled (interval=${interval}s).`);
return true;
