/**
 * What the runtime may ask the rest of the server while a verb runs (all synchronous, all
 * optional): live connections, server statistics, and the login index of the account store.
 * The composition root (src/cli/game.ts) fills them in; tests may leave them out.
 */
import type { ObjId } from "../../core/ids.js";
import type { ObjSpec, PrepSpec } from "../../core/verb-spec.js";

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

/** A stored schedule as verb code may see it (`schedules()`); times are epoch milliseconds. */
export interface ScheduleSummary {
  id: string;
  this: ObjId;
  verb: string;
  /** Who scheduled it (the acting permissions then); owns it for `cancelSchedule`. */
  by: ObjId;
  /** The player of the tasks it starts. */
  player: ObjId;
  everyMs: number | null;
  cron: string | null;
  nextRunAt: number | null;
  lastError: string | null;
}

/** The schedules table as this process knows it (an in-memory index; see src/tasks/schedule-index.ts). */
export interface ScheduleLookup {
  get(id: string): ScheduleSummary | undefined;
  /** All schedules, or those that run a verb on `obj`. */
  list(obj?: ObjId): ScheduleSummary[];
}

/** One verb file of the default world as `@reload` reads it (see readVerbFiles in src/bootstrap). */
export interface VerbFileSource {
  /** Path under default-world/ (what a loaded verb's `filename` holds). */
  file: string;
  /** The header's `--on` (`$name` or `#N`), names and argument specs. */
  on: string;
  names: string[];
  dspec: ObjSpec;
  ispecs: PrepSpec[];
  source: string;
  /** Set when the header does not parse (the other fields are then empty). */
  error?: string;
}

export interface RuntimeServices {
  /**
   * Reads the default world's verb files now (host file access for `@reload`; verb code never
   * sees paths). The runtime checks who may use it: programmers, and only verbs they may write.
   */
  verbFiles?: () => readonly VerbFileSource[];
  /** Stored schedules (without it, verb code sees only what its own task scheduled). */
  schedules?: ScheduleLookup;
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
