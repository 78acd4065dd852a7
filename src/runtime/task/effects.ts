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
    };
