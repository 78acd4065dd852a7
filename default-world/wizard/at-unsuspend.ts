// @verb @unsuspend --on $wizard --dspec either --ispec any:any
/**
 * @unsuspend <player>: lets a suspended (or banned) player log in again.
 */
import { $, account, isWizard, print, setTaskPerms, UserError, valid } from "moo";

if (!isWizard(player)) throw new UserError("Only wizards can do that.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const name = argstr.trim();
if (name === "") {
  print("Usage: @unsuspend <player>");
  return;
}
const who = $.match_utils.call("match_player", name);
if (Array.isArray(who)) throw new UserError(`I don't know which "${name}" you mean.`);
if (!valid(who)) throw new UserError(`There is no player called "${name}".`);
account({ op: "unsuspend", player: who as typeof player }, { obj: player, verb: "moderation_done", args: ["unsuspend", who] });
