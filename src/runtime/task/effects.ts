/**
 * Effects a task produces besides its own output. They are buffered while the task runs and
 * returned only when it succeeds; the task runner releases them after the commit. A failed task
 * returns none.
 */
import type { OutputKind, SessionEvent } from "../../core/gateway.js";
import type { ObjId } from "../../core/ids.js";
import type { MooValue } from "../../core/values.js";

/** The verb an editor or input prompt calls back with the player's answer. */
export interface VerbCallback {
  this: ObjId;
  verb: string;
  /** Extra arguments passed after the answer. */
  args: MooValue[];
}

/**
 * An account operation (accounts live in the database, outside the world transaction). The verb's
 * request is validated while the task runs; the task runner performs it after the commit and
 * passes the result (`{ ok: true, … }` or `{ ok: false, error }`) to `callback` as its first
 * argument, in a follow-up task whose output goes to the same connection.
 */
export type AccountRequest =
  | { op: "create"; login: string; password: string; avatar: ObjId }
  | { op: "setPassword"; avatar: ObjId; password: string; old: string | null }
  | { op: "info"; avatar: ObjId }
  | { op: "keys"; avatar: ObjId }
  | { op: "addKey"; avatar: ObjId; key: string }
  | { op: "removeKey"; avatar: ObjId; index: number }
  /** Moderation (wizards only; the runtime refuses staff targets): `hours` null = until lifted. */
  | { op: "suspend"; avatar: ObjId; label: string; hours: number | null; reason: string | null }
  | { op: "unsuspend"; avatar: ObjId; label: string }
  | { op: "ban"; avatar: ObjId; label: string; reason: string | null }
  /** The newest audit rows (wizards only), all or those naming `avatar` as actor or target. */
  | { op: "auditLog"; avatar: ObjId | null; limit: number };

/**
 * A mail operation, always on the mailbox of the task's player (the sender of `send`): verbs
 * cannot name another mailbox. `n` is a 1-based index over the newest-first list of messages that
 * are not deleted (`undelete`: over the deleted ones). Performed inside the task's own commit (a
 * failed task sends nothing and marks nothing read); the result goes to the callback.
 */
export type MailRequest =
  | { op: "send"; to: ObjId[]; subject: string; body: string }
  | { op: "list"; deleted: boolean; offset: number; limit: number }
  | { op: "read" | "get" | "delete" | "undelete"; n: number }
  | { op: "stats" }
  | { op: "unread" };

export type RuntimeEffect =
  /** Text for another object (`tell`, `announce`, `obj.tell`): delivered if it is a connected player. */
  | { type: "tell"; to: ObjId; text: string; kind: OutputKind; from: ObjId }
  /** A session event (editor, pager, input prompt) for a player's screen. */
  | { type: "session"; to: ObjId; event: SessionEvent; callback: VerbCallback | null }
  /**
   * A verb to run later as its own task (`invoke`, and the exitfunc/enterfunc hooks of `move`).
   * `everyMs` / `cron` make it periodic (wizard-only). `player` is the player of the new task.
   */
  | {
      type: "schedule";
      this: ObjId;
      verb: string;
      args: MooValue[];
      player: ObjId;
      delayMs: number;
      everyMs: number | null;
      cron: string | null;
      /** Who scheduled it (the acting permissions at the time). */
      by: ObjId;
      /** The schedule's id, chosen now (verb code keeps it to cancel the schedule). */
      id: string;
    }
  /** Cancels a schedule in the task's commit (`cancelSchedule`); `any`: by a wizard, else only `by`'s own. */
  | { type: "unschedule"; id: string; by: ObjId; any: boolean }
  /** An account operation to perform after the commit (see AccountRequest). */
  | { type: "account"; request: AccountRequest; player: ObjId; by: ObjId; callback: VerbCallback | null }
  /** A mail operation for `player`'s mailbox, performed in the task's commit (see MailRequest). */
  | { type: "mail"; request: MailRequest; player: ObjId; callback: VerbCallback | null };
