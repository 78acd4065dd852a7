/**
 * What the runtime may ask the rest of the server while a verb runs (all synchronous, all
 * optional): live connections, server statistics, and the login index of the account store.
 * The composition root (src/cli/game.ts) fills them in; tests may leave them out.
 */
import type { ObjId } from "../../core/ids.js";

/** One live connection of a player (times are epoch milliseconds). */
export interface ConnectionSummary {
  player: ObjId;
  connectedAt: number;
  lastInput: number;
}

/** Server figures the runtime does not know itself. */
export interface ServerFigures {
  version: string;
  /** Tasks waiting or running in this process's queue. */
  tasksQueued: number;
  /** Scheduled (delayed / periodic) tasks, when known. */
  tasksScheduled?: number;
  startedAt: number;
}

export interface RuntimeServices {
  /** Live connections (all processes when known, else this one). */
  connections?: () => readonly ConnectionSummary[];
  serverFigures?: () => ServerFigures;
  accounts?: {
    /** Whether a login name is taken (case-insensitive); checked again when the account is written. */
    loginTaken(login: string): boolean;
    /** Whether an avatar already has an account. */
    hasAccount(avatar: ObjId): boolean;
  };
}
