// @verb @auditlog --on $wizard --dspec either --ispec any:any
/**
 * @auditlog [player]: the 30 newest audit-log entries (sanctions, creations, recycling…), or those by or about a player.
 */
import { $, account, isWizard, setTaskPerms, UserError, valid } from "moo";

if (!isWizard(player)) throw new UserError("Only wizards can do that.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const name = argstr.trim();
let who: typeof player | null = null;
if (name !== "") {
  const found = $.match_utils.call("match_player", name);
  if (Array.isArray(found)) throw new UserError(`I don't know which "${name}" you mean.`);
  if (!valid(found)) throw new UserError(`There is no player called "${name}".`);
  who = found as typeof player;
}
account({ op: "auditLog", player: who, limit: 30 }, { obj: player, verb: "moderation_done", args: ["auditlog", who] });
