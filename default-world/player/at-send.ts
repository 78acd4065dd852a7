// @verb @send --on $player --dspec either --ispec any:any
/**
 * @send <player>[, <player>…] [with "Subject: …\n\n<text>"]: sends mail (without `with`, write it in the editor; \n in the text is a new line).
 */
import { $, mail, openEditor, print, setTaskPerms, UserError, valid } from "moo";

// A command of the player's own, not something another verb can make them do.
if (caller.id !== player.id) throw new UserError("Permission denied.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const m = /^(.*?)(?:\s+with(?:\s+([\s\S]*))?)?$/i.exec(argstr.trim());
const who = (m?.[1] ?? "").trim();
if (who === "") {
  print('Usage: @send <player>[, <player>…] [with "Subject: …\\n\\n<text>"]');
  return;
}
const to: (typeof player)[] = [];
for (const n of who.split(/\s*,\s*|\s+and\s+/i).filter((x) => x !== "")) {
  const p = $.match_utils.call("match_player", n);
  if (Array.isArray(p)) throw new UserError(`I don't know which "${n}" you mean.`);
  if (!valid(p)) throw new UserError(`There is no player called "${n}".`);
  if (!to.some((x) => x.id === (p as typeof player).id)) to.push(p as typeof player);
}
if (m?.[2] === undefined) {
  openEditor({
    title: `Mail to ${to.map((p) => p.name).join(", ")}`,
    content: "Subject: \n\n",
    callback: { obj: player, verb: "send_done" },
    args: [to, null],
  });
  return;
}
const c = player.call("compose", player.call("unquote", m[2]), null) as { subject: string; body: string };
mail({ op: "send", to, subject: c.subject, body: c.body });
player.call("mail_sent", to, c.subject);
