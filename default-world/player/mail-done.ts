// @verb mail_done --on $player --dspec this --ispec none:none
/**
 * mail_done(result, what, ...): shows the result of a mail request made by @mail, @reply, @forward or on connecting (method).
 */
import { mail, openEditor, print, setTaskPerms, UserError, valid } from "moo";

// Only the player's own mail requests call this (as its own task): it may send mail as them.
if (this.id !== player.id || caller.id !== player.id) throw new UserError("Permission denied.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

type Obj = typeof player;
type Summary = { n: number; id: number; from: Obj; subject: string; sentAt: string; read: boolean };
type Message = Summary & { to: Obj[]; body: string; deleted: boolean };
type Result = {
  ok: boolean;
  error?: string;
  messages?: Summary[];
  message?: Message;
  total?: number;
  unread?: number;
  deleted?: number;
};
const [result, what, ...extra] = args as [Result, string, ...unknown[]];
const PAGE = 10;
const name = (o: Obj) => (valid(o) ? o.name : "(someone gone)");
const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
const subjectOf = (s: string) => (s === "" ? "(no subject)" : s);
const send = (to: Obj[], text: string, subject: string) => {
  const c = player.call("compose", text, subject) as { subject: string; body: string };
  mail({ op: "send", to, subject: c.subject, body: c.body });
  player.call("mail_sent", to, c.subject);
};
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

if (what === "notice") {
  // On connecting: stay quiet unless there is unread mail.
  if (result.ok && (result.unread ?? 0) > 0) print(`You have ${result.unread} unread message(s). Type '@mail' to read.`);
  return;
}
if (!result.ok) {
  print(result.error ?? "That did not work.");
  return;
}
const table = (list: Summary[]) => {
  const width = Math.min(16, Math.max(4, ...list.map((s) => name(s.from).length)));
  for (const s of list) {
    const from = name(s.from).slice(0, width).padEnd(width);
    print(`${String(s.n).padStart(4)} ${s.read ? " " : "*"} ${from}  ${when(s.sentAt)}  ${subjectOf(s.subject)}`);
  }
};
const show = (m: Message, total: number | null) => {
  print(`Message ${m.n}${total !== null ? ` of ${total}` : ""}:`);
  print(`From:    ${name(m.from)}`);
  print(`To:      ${m.to.map(name).join(", ")}`);
  print(`Date:    ${when(m.sentAt)}`);
  print(`Subject: ${subjectOf(m.subject)}`);
  print("");
  for (const line of m.body.split("\n")) print(line);
};

switch (what) {
  case "list": {
    const page = extra[0] as number;
    const total = result.total ?? 0;
    const pages = Math.max(1, Math.ceil(total / PAGE));
    if (total === 0) {
      print("You have no messages.");
      return;
    }
    if ((result.messages ?? []).length === 0) {
      print(`There is no page ${page}: you have ${plural(pages, "page")} of mail.`);
      return;
    }
    print(`Your mail (page ${page} of ${pages}, ${plural(total, "message")}; * = unread):`);
    table(result.messages ?? []);
    print(`Type '@mail N' to read message N${page < pages ? `, '@mail page ${page + 1}' for the next page` : ""}.`);
    return;
  }
  case "deleted": {
    const list = result.messages ?? [];
    if (list.length === 0) {
      print("You have no deleted messages.");
      return;
    }
    // The list shows the newest 100; the count is of them all.
    print(`Deleted messages (${result.total ?? list.length}; type '@mail undelete N' to restore one):`);
    table(list);
    return;
  }
  case "read":
    show(result.message as Message, null);
    return;
  case "stats":
    print(
      `Mailbox: ${plural(result.total ?? 0, "message")}, ${result.unread ?? 0} unread, ${result.deleted ?? 0} deleted.`,
    );
    return;
  case "delete": {
    const m = result.message as Message;
    print(`Deleted message ${m.n} ("${subjectOf(m.subject)}" from ${name(m.from)}). '@mail deleted' lists deleted messages.`);
    return;
  }
  case "undelete": {
    const m = result.message as Message;
    print(`Restored "${subjectOf(m.subject)}" from ${name(m.from)} to your mailbox.`);
    return;
  }
  case "reply": {
    const m = result.message as Message;
    if (!valid(m.from) || !m.from.isPlayer) {
      print(`${name(m.from)} can no longer receive mail.`);
      return;
    }
    const subject = /^re:/i.test(m.subject) ? m.subject : `Re: ${subjectOf(m.subject)}`;
    const quoted = [`${name(m.from)} wrote:`, ...m.body.split("\n").map((l) => `> ${l}`)].join("\n");
    const text = extra[0] as string | null;
    if (text === null) {
      openEditor({
        title: `Reply to ${name(m.from)}`,
        content: `Subject: ${subject}\n\n\n\n${quoted}`,
        callback: { obj: player, verb: "send_done" },
        args: [[m.from], null],
      });
      return;
    }
    send([m.from], `${text}\n\n${quoted}`, subject);
    return;
  }
  case "forward": {
    const m = result.message as Message;
    const [to, note] = extra as [Obj, string | null];
    const body = [
      ...(note ? [note, ""] : []),
      "----- Forwarded message -----",
      `From:    ${name(m.from)}`,
      `To:      ${m.to.map(name).join(", ")}`,
      `Date:    ${when(m.sentAt)}`,
      `Subject: ${subjectOf(m.subject)}`,
      "",
      m.body,
    ].join("\n");
    send([to], body, /^fwd:/i.test(m.subject) ? m.subject : `Fwd: ${subjectOf(m.subject)}`);
    return;
  }
  default:
    // An unknown `what` is a programming error in a caller, not something to act on.
    throw new UserError(`mail_done: unknown request "${what}".`);
}
