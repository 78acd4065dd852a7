// @verb @gripe --on $player --dspec either --ispec any:any
/**
 * @gripe [with "<text>"]: sends a complaint or a problem report to the wizards (without `with`, in the editor).
 */
import { $, mail, openEditor, setTaskPerms, UserError, valid } from "moo";

// A command of the player's own, not something another verb can make them do.
if (caller.id !== player.id) throw new UserError("Permission denied.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

// $system.gripe_recipients (a list of players), else the first wizard.
const listed = "gripe_recipients" in $ ? $.gripe_recipients : null;
let to = (Array.isArray(listed) ? listed : []).filter((p) => valid(p) && (p as typeof player).isPlayer) as (typeof player)[];
if (to.length === 0 && valid($.first_wizard)) to = [$.first_wizard as typeof player];
if (to.length === 0) throw new UserError("There is nobody to gripe to.");
const subject = `@gripe from ${player.name}`;
const m = /^with(?:\s+([\s\S]*))?$/i.exec(argstr.trim());
if (argstr.trim() !== "" && !m) throw new UserError('Usage: @gripe [with "<text>"]');
if (!m || m[1] === undefined) {
  openEditor({ title: subject, content: "", callback: { obj: player, verb: "send_done" }, args: [to, subject] });
  return;
}
const c = player.call("compose", player.call("unquote", m[1]), subject) as { subject: string; body: string };
mail({ op: "send", to, subject: c.subject, body: c.body });
player.call("mail_sent", to, c.subject);
