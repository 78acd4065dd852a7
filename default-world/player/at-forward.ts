// @verb @forward --on $player --dspec either --ispec any:any
/**
 * @forward N to <player> [with "<note>"]: sends message N of your mailbox on to another player ("Fwd: " subject), with an optional note.
 */
import { $, mail, print, setTaskPerms, UserError, valid } from "moo";

// A command of the player's own, not something another verb can make them do.
if (caller.id !== player.id) throw new UserError("Permission denied.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const m = /^#?(\d+)\s+to\s+(.+?)(?:\s+with(?:\s+([\s\S]*))?)?$/i.exec(argstr.trim());
if (!m) {
  print('Usage: @forward N to <player> [with "<note>"]');
  return;
}
const who = $.match_utils.call("match_player", m[2]);
if (Array.isArray(who)) throw new UserError(`I don't know which "${m[2]}" you mean.`);
if (!valid(who)) throw new UserError(`There is no player called "${m[2]}".`);
const note = m[3] === undefined ? null : (player.call("unquote", m[3]) as string);
mail({ op: "get", n: Number(m[1]) }, { obj: player, verb: "mail_done", args: ["forward", who, note] });
