// @verb @reply --on $player --dspec either --ispec any:any
/**
 * @reply N [with "<text>"]: answers message N of your mailbox ("Re: " subject, the message quoted; without `with`, in the editor).
 */
import { mail, print, setTaskPerms, UserError } from "moo";

// A command of the player's own, not something another verb can make them do.
if (caller.id !== player.id) throw new UserError("Permission denied.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const m = /^#?(\d+)(?:\s+with(?:\s+([\s\S]*))?)?$/i.exec(argstr.trim());
if (!m) {
  print('Usage: @reply N [with "<text>"]');
  return;
}
const text = m[2] === undefined ? null : (player.call("unquote", m[2]) as string);
mail({ op: "get", n: Number(m[1]) }, { obj: player, verb: "mail_done", args: ["reply", text] });
