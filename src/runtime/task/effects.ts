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
  | { op: "removeKey"; avatar: ObjId; index: number };

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
    }
  /** An account operation to perform after the commit (see AccountRequest). */
  | { type: "account"; request: AccountRequest; player: ObjId; by: ObjId; callback: VerbCallback | null };
