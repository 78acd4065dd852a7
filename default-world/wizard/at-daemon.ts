// @verb @daemon --on $wizard --dspec either --ispec any:any
/**
 * @daemon list | enable <daemon> | disable <daemon> | trigger <daemon>: lists daemons (enabled, off, or orphan: enabled but its schedule is gone) or starts, stops or ticks one (by name or #N).
 */
import { $, isWizard, print, schedules, UserError, valid } from "moo";

if (!isWizard(player)) throw new UserError("Only wizards can do that.");
const usage = "Usage: @daemon list | enable <daemon> | disable <daemon> | trigger <daemon>";
const [sub = "", ...rest] = argstr.trim().split(/\s+/);
const action = sub.toLowerCase();
const known = () => ($.daemon.get("registry") as (typeof this)[]).filter((d) => valid(d));

if (action === "list" || action === "") {
  // Registered daemons, plus anything else a schedule ticks.
  const all = known();
  for (const s of schedules()) if (s.verb === "tick" && valid(s.this) && !all.includes(s.this)) all.push(s.this);
  if (all.length === 0) {
    print("There are no daemons.");
    return;
  }
  print("Daemons:");
  for (const d of all) {
    const id = d.get("schedule");
    const live = typeof id === "string" ? schedules(d).find((s) => s.id === id) : undefined;
    const status = id === null ? "off" : live ? "enabled" : "orphan";
    const every = live?.every ?? d.get("interval");
    const ticks = Number(d.get("tick_count")) || 0;
    const error = live?.lastError ? `, last error: ${live.lastError.split("\n")[0]}` : "";
    print(`  ${d.name} (#${d.id}): ${status}, every ${every}s, ${ticks} tick${ticks === 1 ? "" : "s"}${error}`);
  }
  return;
}
if (!["enable", "disable", "trigger"].includes(action)) {
  print(usage);
  return;
}
const name = rest.join(" ");
if (name === "") {
  print(usage);
  return;
}
const lower = name.toLowerCase();
const d =
  known().find((x) => x.name.toLowerCase() === lower) ??
  known().find((x) => x.name.toLowerCase().startsWith(lower)) ??
  ($.match_utils.call("resolve", null, name) as typeof this | null);
if (!d) return;
if (!d.isA($.daemon)) throw new UserError(`${d.name} (#${d.id}) is not a daemon.`);
d.call(action);
