/**
 * SDK operations for in-game mail and for disconnecting players (issue 8).
 *
 * `mail(request, callback?)` always works on the mailbox of the task's player — the one who typed
 * the command — and sends as that player: no request names another mailbox or a sender, so verb
 * code cannot read someone else's mail or forge a sender. Like `account`, it needs a wizard-owned
 * verb (a programmer's verb run by someone else must not read their mail on their behalf). The
 * request is checked here and performed by the task runner inside the task's own commit.
 *
 * `bootPlayer(who, message?)` ends every session of a player (wizards, or a player booting
 * themselves), after the task commits.
 */
import { InvalidArgument, LimitError, PermissionDenied } from "../../core/errors.js";
import type { ObjId } from "../../core/ids.js";
import { isObjRef, type MooValue } from "../../core/values.js";
import type { MailRequest } from "./effects.js";
import type { OpsHost } from "./programming-ops.js";
import { objIdFromSandbox, valueFromSandbox } from "./values.js";

type Op = (a: unknown, b: unknown, c: unknown, d: unknown) => unknown;

/** Limits of one message and one task. */
export const MAIL_LIMITS = {
  subjectChars: 200,
  bodyChars: 20_000,
  recipients: 50,
  requestsPerTask: 20,
  listLimit: 100,
} as const;

export function mailOps(t: OpsHost): Map<string, Op> {
  const w = t.world;
  const ops = new Map<string, Op>();
  const value = (v: unknown): MooValue => valueFromSandbox(v, t.valueLimits());

  ops.set("mail", (a, b) => {
    if (!w.isWizard(t.verbOwner)) throw new PermissionDenied("Only wizard-owned verbs may use mail.");
    const v = value(a);
    if (v === null || typeof v !== "object" || Array.isArray(v) || isObjRef(v))
      throw new InvalidArgument("the mail request must be an object");
    const req = v as Record<string, MooValue>;
    const pending = t.effects.filter((e) => e.type === "mail").length;
    if (pending >= MAIL_LIMITS.requestsPerTask) throw new LimitError("Too many mail requests in one task.");
    const index = (x: MooValue | undefined): number => {
      if (typeof x !== "number" || !Number.isInteger(x) || x < 1 || x > 1_000_000)
        throw new InvalidArgument("n must be a message number (1, 2, …)");
      return x;
    };
    let request: MailRequest;
    switch (req.op) {
      case "send": {
        if (!w.obj(t.player).isPlayer) throw new InvalidArgument("only players can send mail");
        const list = Array.isArray(req.to) ? req.to : req.to === undefined ? [] : [req.to];
        if (list.length === 0) throw new InvalidArgument("to must name at least one player");
        const to: ObjId[] = [];
        for (const r of list) {
          if (!isObjRef(r) || !w.valid(r.id) || !w.obj(r.id).isPlayer)
            throw new InvalidArgument("every recipient must be a player");
          if (!to.includes(r.id)) to.push(r.id);
        }
        if (to.length > MAIL_LIMITS.recipients)
          throw new LimitError(`A message may have at most ${MAIL_LIMITS.recipients} recipients.`);
        if (typeof req.subject !== "string") throw new InvalidArgument("subject must be a string");
        if (typeof req.body !== "string") throw new InvalidArgument("body must be a string");
        const subject = req.subject.replace(/\s+/g, " ").trim();
        if (subject.length > MAIL_LIMITS.subjectChars)
          throw new LimitError(`The subject is too long (at most ${MAIL_LIMITS.subjectChars} characters).`);
        if (req.body.length > MAIL_LIMITS.bodyChars)
          throw new LimitError(`The message is too long (at most ${MAIL_LIMITS.bodyChars} characters).`);
        request = { op: "send", to, subject, body: req.body };
        break;
      }
      case "list": {
        const offset = req.offset === undefined ? 0 : req.offset;
        const limit = req.limit === undefined ? 10 : req.limit;
        if (typeof offset !== "number" || !Number.isInteger(offset) || offset < 0)
          throw new InvalidArgument("offset must be a whole number, 0 or more");
        if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1 || limit > MAIL_LIMITS.listLimit)
          throw new InvalidArgument(`limit must be a whole number from 1 to ${MAIL_LIMITS.listLimit}`);
        request = { op: "list", deleted: req.deleted === true, offset, limit };
        break;
      }
      case "read":
      case "get":
      case "delete":
      case "undelete":
        request = { op: req.op, n: index(req.n) };
        break;
      case "stats":
      case "unread":
        request = { op: req.op };
        break;
      default:
        throw new InvalidArgument("op must be send, list, read, get, delete, undelete, stats or unread");
    }
    const callback = b === null || b === undefined ? null : t.callbackFrom(value(b));
    if (callback) {
      const cb = value(b) as Record<string, MooValue>;
      callback.args = Array.isArray(cb.args) ? cb.args : [];
    }
    t.effects.push({ type: "mail", request, player: t.player, callback });
    return null;
  });

  ops.set("bootPlayer", (a, b) => {
    const who = objIdFromSandbox(a);
    if (!w.valid(who) || !w.obj(who).isPlayer) throw new InvalidArgument("who must be a player");
    if (who !== t.player && !w.isWizard(t.perms)) throw new PermissionDenied("Only wizards may boot other players.");
    let reason = "You have been disconnected.";
    if (b !== null && b !== undefined) {
      if (typeof b !== "string") throw new InvalidArgument("message must be a string");
      if (b.length > 1000) throw new LimitError("message too long");
      reason = b;
    }
    t.effects.push({ type: "session", to: who, event: { type: "disconnect", reason }, callback: null });
    return null;
  });

  return ops;
}
