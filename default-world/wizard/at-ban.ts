// @verb @ban --on $wizard --dspec either --ispec any:any
/**
 * @ban <player> [with "<reason>"]: stops a player from logging in for good (until a wizard types @unsuspend) and disconnects them; the reason is shown to them when they are refused. Wizards cannot be banned.
 */
import { $, account, isWizard, print, setTaskPerms, UserError, valid } from "moo";

if (!isWizard(player)) throw new UserError("Only wizards can do that.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

let name = argstr.trim();
let reason: string | null = null;
const w = /^(.*?)\s+with\s+([\s\S]+)$/i.exec(name);
if (w) {
  name = w[1].trim();
  reason = w[2].trim().replace(/^"([\s\S]*)"$/, "$1").trim() || null;
}
if (name === "") {
  print('Usage: @ban <player> [with "<reason>"]');
  return;
}
const who = $.match_utils.call("match_player", name);
if (Array.isArray(who)) throw new UserError(`I don't know which "${name}" you mean.`);
if (!valid(who)) throw new UserError(`There is no player called "${name}".`);
account({ op: "ban", player: who as typeof player, reason }, { obj: player, verb: "moderation_done", args: ["ban", who] });
