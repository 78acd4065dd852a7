// @verb @suspend --on $wizard --dspec either --ispec any:any
/**
 * @suspend <player> [for <hours> [hours]] [with "<reason>"]: stops a player from logging in (for some hours, or until @unsuspend) and disconnects them; the reason is shown to them when they are refused. Wizards cannot be suspended.
 */
import { $, account, isWizard, print, setTaskPerms, UserError, valid } from "moo";

if (!isWizard(player)) throw new UserError("Only wizards can do that.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const USAGE = 'Usage: @suspend <player> [for <hours> [hours]] [with "<reason>"]';
let rest = argstr.trim();
let reason: string | null = null;
const w = /^(.*?)\s+with\s+([\s\S]+)$/i.exec(rest);
if (w) {
  rest = w[1];
  reason = w[2].trim().replace(/^"([\s\S]*)"$/, "$1").trim() || null;
}
let hours: number | null = null;
const f = /^(.*?)\s+for\s+([\s\S]+)$/i.exec(rest);
if (f) {
  rest = f[1];
  const h = /^(\S+)(?:\s+hours?)?$/i.exec(f[2].trim());
  hours = h ? Number(h[1]) : Number.NaN;
  if (!Number.isFinite(hours) || hours <= 0)
    throw new UserError(`"${f[2].trim()}" is not a number of hours (e.g. "for 24 hours" or "for 1.5").`);
}
const name = rest.trim();
if (name === "") {
  print(USAGE);
  return;
}
const who = $.match_utils.call("match_player", name);
if (Array.isArray(who)) throw new UserError(`I don't know which "${name}" you mean.`);
if (!valid(who)) throw new UserError(`There is no player called "${name}".`);
account(
  { op: "suspend", player: who as typeof player, hours, reason },
  { obj: player, verb: "moderation_done", args: ["suspend", who] },
);
