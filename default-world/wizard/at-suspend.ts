// @verb @suspend --on $wizard --dspec either --ispec any:any
/**
 * @suspend <player> [for <hours>]: stops a player from logging in (for some hours, or until @unsuspend) and disconnects them. Wizards cannot be suspended.
 */
import { $, account, isWizard, print, setTaskPerms, UserError, valid } from "moo";

if (!isWizard(player)) throw new UserError("Only wizards can do that.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const m = /^(.+?)(?:\s+for\s+(\S+)(?:\s+hours?)?)?$/i.exec(argstr.trim());
if (!m) {
  print("Usage: @suspend <player> [for <hours>]");
  return;
}
const who = $.match_utils.call("match_player", m[1]);
if (Array.isArray(who)) throw new UserError(`I don't know which "${m[1]}" you mean.`);
if (!valid(who)) throw new UserError(`There is no player called "${m[1]}".`);
let hours: number | null = null;
if (m[2] !== undefined) {
  hours = Number(m[2]);
  if (!Number.isFinite(hours) || hours <= 0) throw new UserError(`"${m[2]}" is not a number of hours (e.g. 24 or 1.5).`);
}
account({ op: "suspend", player: who as typeof player, hours }, { obj: player, verb: "moderation_done", args: ["suspend", who] });
