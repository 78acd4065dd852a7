// @verb send_done --on $player --dspec this --ispec none:none
/**
 * send_done(text, recipients, subject): sends the message written in the editor by @send, @reply or @gripe (null: cancelled) (method).
 */
import { mail, print, UserError, valid } from "moo";

// Only the editor of the player's own mail command calls this (as its own task).
if (this.id !== player.id || caller.id !== player.id) throw new UserError("Permission denied.");
type Obj = typeof player;
const [text, recipients, subject] = args as [string | null, Obj[], string | null];
if (text === null || text === undefined) {
  print("Message not sent.");
  return;
}
const to = recipients.filter((r) => valid(r) && r.isPlayer);
if (to.length === 0) throw new UserError("Message not sent: nobody to send it to.");
const c = player.call("compose", text, subject ?? null) as { subject: string; body: string };
mail({ op: "send", to, subject: c.subject, body: c.body });
player.call("mail_sent", to, c.subject);
