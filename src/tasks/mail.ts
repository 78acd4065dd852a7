/**
 * In-game mail (spec §9.7): messages and per-recipient rows (read / deleted flags, soft delete) in
 * the `mail_messages` and `mail_recipients` tables. The mail requests a task made are performed
 * by a commit hook, in the same database transaction as the task's world changes: a task that
 * fails sends nothing and marks nothing read, and a task re-run after a conflict sends once.
 * Requests whose answer is "no such message" do not fail the commit; they become the result
 * `{ ok: false, error }` for the verb's callback.
 *
 * Indices are 1-based over a mailbox listed newest first (by message id), counting only messages
 * not deleted (for `undelete`: only the deleted ones).
 */
import type { Transaction } from "kysely";
import type { ObjId } from "../core/ids.js";
import { type MooValue, ref } from "../core/values.js";
import type { Database } from "../storage/schema.js";
import type { CommitHook } from "../world/index.js";
import type { MailAction } from "./effects.js";

type Trx = Transaction<Database>;

/**
 * A commit hook performing `actions` in order; `results[i]` receives the outcome of `actions[i]`
 * (filled when the hook runs, i.e. only for the attempt that commits).
 */
export function mailHook(actions: readonly MailAction[], results: MooValue[]): CommitHook[] {
  if (actions.length === 0) return [];
  return [
    async (trx) => {
      results.length = 0;
      for (const a of actions) results.push(await perform(trx, a));
    },
  ];
}

async function perform(trx: Trx, { request: r, player }: MailAction): Promise<MooValue> {
  switch (r.op) {
    case "send": {
      const msg = await trx
        .insertInto("mail_messages")
        .values({ sender: player, subject: r.subject, body: r.body, sent_at: new Date().toISOString() })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("mail_recipients")
        .values(r.to.map((to) => ({ message_id: msg.id, recipient: to, read: 0, deleted: 0 })))
        .execute();
      return { ok: true, id: msg.id, to: r.to.map(ref) };
    }
    case "list": {
      const rows = await mailbox(trx, player, r.deleted).limit(r.limit).offset(r.offset).execute();
      const total = await count(trx, player, { deleted: r.deleted });
      return { ok: true, total, messages: rows.map((m, i) => summary(m, r.offset + i + 1)) };
    }
    case "read":
    case "get":
    case "delete":
    case "undelete": {
      const deleted = r.op === "undelete";
      const m = await mailbox(trx, player, deleted)
        .offset(r.n - 1)
        .limit(1)
        .executeTakeFirst();
      if (!m) {
        const total = await count(trx, player, { deleted });
        const what = deleted ? "deleted message" : "message";
        return {
          ok: false,
          error:
            total === 0
              ? `You have no ${what}s.`
              : `There is no ${what} ${r.n}: ${deleted ? "deleted messages" : "messages"} are numbered 1 to ${total}.`,
        };
      }
      const change =
        r.op === "read"
          ? { read: 1 }
          : r.op === "delete"
            ? { deleted: 1 }
            : r.op === "undelete"
              ? { deleted: 0 }
              : null;
      if (change) {
        await trx
          .updateTable("mail_recipients")
          .set(change)
          .where("message_id", "=", m.id)
          .where("recipient", "=", player)
          .execute();
      }
      const to = await trx
        .selectFrom("mail_recipients")
        .select("recipient")
        .where("message_id", "=", m.id)
        .orderBy("recipient")
        .execute();
      return {
        ok: true,
        message: {
          ...summary(m, r.n),
          read: r.op === "read" ? true : m.read !== 0,
          deleted: r.op === "delete" ? true : r.op === "undelete" ? false : m.deleted !== 0,
          to: to.map((x) => ref(x.recipient)),
          body: m.body,
        },
      };
    }
    case "stats": {
      const total = await count(trx, player, { deleted: false });
      const unread = await count(trx, player, { deleted: false, unread: true });
      const deleted = await count(trx, player, { deleted: true });
      return { ok: true, total, unread, deleted };
    }
    case "unread":
      return { ok: true, unread: await count(trx, player, { deleted: false, unread: true }) };
  }
}

function mailbox(trx: Trx, player: ObjId, deleted: boolean) {
  return trx
    .selectFrom("mail_recipients as r")
    .innerJoin("mail_messages as m", "m.id", "r.message_id")
    .select(["m.id", "m.sender", "m.subject", "m.body", "m.sent_at", "r.read", "r.deleted"])
    .where("r.recipient", "=", player)
    .where("r.deleted", "=", deleted ? 1 : 0)
    .orderBy("m.id", "desc");
}

async function count(trx: Trx, player: ObjId, f: { deleted: boolean; unread?: boolean }): Promise<number> {
  let q = trx
    .selectFrom("mail_recipients")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("recipient", "=", player)
    .where("deleted", "=", f.deleted ? 1 : 0);
  if (f.unread) q = q.where("read", "=", 0);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}

function summary(
  m: { id: number; sender: number; subject: string; sent_at: string; read: number },
  n: number,
): { [k: string]: MooValue } {
  return { n, id: m.id, from: ref(m.sender), subject: m.subject, sentAt: m.sent_at, read: m.read !== 0 };
}
