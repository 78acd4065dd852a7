/**
 * The verb runtime: runs one task's verbs in the sandbox against the task's world transaction and
 * returns the outcome. It never commits: on `ok: false` the task runner drops the transaction and
 * releases nothing but the error lines; on `ok: true` it commits, then releases output and effects.
 */
import { CompileError, LimitError, MooError } from "../core/errors.js";
import { NOTHING, type ObjId } from "../core/ids.js";
import type { MooValue } from "../core/values.js";
import { type CompiledVerb, compileEval, compileVerb } from "./compile/compile.js";
import type { HostVerbHit, HostWorld } from "./host-world.js";
import { type HostDispatch, Sandbox } from "./sandbox/sandbox.js";
import type { RuntimeEffect } from "./task/effects.js";
import { formatValue } from "./task/format.js";
import type { RuntimeServices } from "./task/services.js";
import { type CommandInfo, EVAL_FILE, type TaskLimits, TaskRun, VerbFailure } from "./task/task-run.js";

export interface RuntimeOptions {
  /** Wall-clock budget of one task, shared by all its nested verb calls (default 3000). */
  timeLimitMs?: number;
  /** Memory cap of the verb isolate in MB (default 64). */
  memoryLimitMb?: number;
  /** Maximum nesting of verb calls (default 50). */
  maxDepth?: number;
  /** Output (print + tell + prompts) per task: bytes (default 1 MB) and lines (default 10,000). */
  maxOutputBytes?: number;
  maxOutputLines?: number;
  /** Largest value passed from verb code to the world in one call (default 100,000 nodes / 4M chars). */
  maxValueNodes?: number;
  maxValueChars?: number;
  /** Compiled scripts cached per isolate (default 1024). */
  scriptCacheSize?: number;
  /** Tasks one sandbox context serves before it is replaced (default 500; 1 = a fresh context per task). */
  contextReuse?: number;
  /**
   * What verbs may ask the rest of the server (connections, statistics, the login index). Read at
   * every task, so the composition root may fill it in after creating the runtime.
   */
  services?: RuntimeServices;
}

export interface RunVerbRequest {
  /** The player the task runs for (`player` in verb code). */
  player: ObjId;
  /** The object the verb runs on (`this`). */
  this: ObjId;
  /** The verb: a name looked up on `this`, or the dispatcher's hit. */
  verb: string | HostVerbHit;
  /** The name the verb was invoked by (defaults to the looked-up name or the verb's first name). */
  verbName?: string;
  args?: MooValue[];
  /** The parsed command, for command tasks. */
  command?: CommandInfo;
  /** Check `execute` on the verb for `perms` first (default false: commands and scheduled tasks run without it). */
  checkExecuteAs?: ObjId;
  /** Overrides the runtime's time limit for this task. */
  timeLimitMs?: number;
}

export interface RunEvalRequest {
  player: ObjId;
  source: string;
  timeLimitMs?: number;
}

/** An error as the player should see it. */
export interface RuntimeError {
  /** Error class name: UserError, PermissionDenied, TypeError, LimitError, CompileError… */
  name: string;
  code: string;
  message: string;
  /** Uncatchable limit errors (time, memory, output, depth). */
  fatal: boolean;
  /** Verb frames, innermost first: `#12:look line 4`. */
  frames: string[];
  /** The lines to show the player: the message, plus frames for wizards and the verb's owner. */
  lines: string[];
}

export type RunResult =
  | { ok: true; value: MooValue; output: string[]; effects: RuntimeEffect[]; elapsedMs: number }
  | { ok: false; error: RuntimeError; output: string[]; effects: []; elapsedMs: number };

export interface Runtime {
  runVerb(tx: HostWorld, req: RunVerbRequest): RunResult;
  runEval(tx: HostWorld, req: RunEvalRequest): RunResult;
  compileVerb(source: string): CompiledVerb;
  /** Number of verb isolates created so far (grows after a memory-limit disposal or a time-limit stop). */
  readonly isolateGeneration: number;
  /** Number of sandbox contexts created so far (one serves up to `contextReuse` tasks). */
  readonly contextsCreated: number;
  dispose(): void;
}

const DEFAULTS = {
  timeLimitMs: 3000,
  memoryLimitMb: 64,
  maxDepth: 50,
  maxOutputBytes: 1_000_000,
  maxOutputLines: 10_000,
  maxValueNodes: 100_000,
  maxValueChars: 4_000_000,
  scriptCacheSize: 1024,
  contextReuse: 500,
  services: {} as RuntimeServices,
};

/** Codes whose message is meant for the player as is (no traceback). */
const PLAIN_CODES = new Set(["E_USER"]);

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const o = { ...DEFAULTS, ...stripUndefined(options) };
  let current: TaskRun | null = null;
  const dispatch: HostDispatch = (serial, op, a, b, c, d, exits, afterReturn) => {
    const task = current;
    if (!task || task.context.serial !== serial)
      return [1, "LimitError", "E_LIMIT", "no task is running", true, "", null, null];
    return task.dispatch(op, a, b, c, d, exits, afterReturn);
  };
  const sandbox = new Sandbox(
    {
      memoryLimitMb: o.memoryLimitMb,
      scriptCacheSize: o.scriptCacheSize,
      contextReuse: o.contextReuse,
      maxValueNodes: o.maxValueNodes,
      maxValueChars: o.maxValueChars,
    },
    dispatch,
  );

  const limitsFor = (timeLimitMs: number | undefined): TaskLimits => ({
    timeLimitMs: timeLimitMs ?? o.timeLimitMs,
    maxDepth: o.maxDepth,
    maxOutputBytes: o.maxOutputBytes,
    maxOutputLines: o.maxOutputLines,
    maxValueNodes: o.maxValueNodes,
    maxValueChars: o.maxValueChars,
  });

  /** Runs `body` as a task with a fresh context; turns every failure into a RunResult. */
  const runTask = (
    tx: HostWorld,
    player: ObjId,
    command: CommandInfo | null,
    timeLimitMs: number | undefined,
    topOwner: ObjId,
    body: (task: TaskRun) => MooValue,
  ): RunResult => {
    if (current) throw new Error("the verb runtime is already running a task");
    const startedAt = Date.now();
    const limits = limitsFor(timeLimitMs);
    let context: ReturnType<Sandbox["openContext"]>;
    try {
      context = sandbox.openContext(limits.timeLimitMs);
      context.setDeadline(startedAt + limits.timeLimitMs, limits.timeLimitMs);
    } catch (e) {
      const err = new LimitError(`Could not start the verb sandbox: ${(e as Error).message}`);
      return fail(tx, player, topOwner, new VerbFailure(err.name, err.code, err.message, true, [], []), startedAt);
    }
    const task = new TaskRun(tx, context, player, command, limits, startedAt, o.services);
    current = task;
    // The context serves the next task only when this one ended without a fatal error.
    let reusable = false;
    try {
      const value = body(task);
      if (task.fatal) throw new VerbFailure(task.fatal.name, task.fatal.code, task.fatal.message, true, [], []);
      reusable = true;
      return { ok: true, value, output: task.output, effects: task.effects, elapsedMs: Date.now() - startedAt };
    } catch (e) {
      const failure = toFailure(e, task);
      reusable = !failure.fatal && !task.fatal;
      return fail(tx, player, topOwner, failure, startedAt);
    } finally {
      current = null;
      context.release(reusable);
      if (task.terminated) sandbox.dispose();
    }
  };

  return {
    runVerb(tx, req) {
      let hit: HostVerbHit | undefined;
      let name: string;
      if (typeof req.verb === "string") {
        name = req.verb;
        hit = tx.valid(req.this) ? tx.findVerb(req.this, req.verb) : undefined;
      } else {
        hit = req.verb;
        name = req.verbName ?? hit.verb.names[0] ?? "";
      }
      if (!hit) {
        const err = new VerbFailure(
          "NoSuchVerbError",
          "E_VERBNF",
          `There is no verb '${name}' defined.`,
          false,
          [],
          [],
        );
        return fail(tx, req.player, NOTHING, err, Date.now());
      }
      const found = hit;
      return runTask(tx, req.player, req.command ?? null, req.timeLimitMs, found.verb.owner, (task) => {
        if (req.checkExecuteAs !== undefined) {
          tx.check(req.checkExecuteAs, "execute", { kind: "verb", obj: found.origin, verbId: found.verb.id });
        }
        return task.callVerb(req.this, found, req.verbName ?? name, req.args ?? []);
      });
    },

    runEval(tx, req) {
      let compiled: CompiledVerb;
      try {
        compiled = compileEval(req.source);
      } catch (e) {
        if (e instanceof CompileError) {
          return fail(
            tx,
            req.player,
            req.player,
            new VerbFailure("CompileError", e.code, e.message, false, [], []),
            Date.now(),
          );
        }
        throw e;
      }
      const hit: HostVerbHit = {
        verb: { id: -1, names: ["eval"], owner: req.player, compiled: compiled.js },
        origin: req.player,
      };
      const result = runTask(tx, req.player, null, req.timeLimitMs, req.player, (task) => {
        const here = tx.valid(req.player) ? tx.obj(req.player).location : NOTHING;
        return task.callVerb(req.player, hit, "eval", [], EVAL_FILE, [{ "o#": here }]);
      });
      if (result.ok) result.output.push(`=> ${formatValue(result.value)}`);
      return result;
    },

    compileVerb,

    get isolateGeneration() {
      return sandbox.generation;
    },
    get contextsCreated() {
      return sandbox.contextsCreated;
    },

    dispose() {
      sandbox.dispose();
    },
  };
}

function toFailure(e: unknown, task: TaskRun): VerbFailure {
  if (e instanceof VerbFailure) return e;
  if (e instanceof MooError) return new VerbFailure(e.name, e.code, e.message, e === task.fatal, [], []);
  const msg = e instanceof Error ? e.message : String(e);
  return new VerbFailure("Error", "E_INVARG", msg, false, [], []);
}

function fail(tx: HostWorld, player: ObjId, topOwner: ObjId, f: VerbFailure, startedAt: number): RunResult {
  const privileged = safeIsWizard(tx, player) || player === topOwner || f.owners.includes(player);
  const plain = PLAIN_CODES.has(f.code) && !f.fatal;
  const head = plain || f.fatal || f.errorName === "CompileError" ? f.message : `${f.errorName}: ${f.message}`;
  const lines = [head];
  if (privileged && !plain) lines.push(...f.frames.map((fr) => `  ${fr}`));
  const error: RuntimeError = {
    name: f.errorName,
    code: f.code,
    message: f.message,
    fatal: f.fatal,
    frames: f.frames,
    lines,
  };
  return { ok: false, error, output: lines, effects: [], elapsedMs: Date.now() - startedAt };
}

function safeIsWizard(tx: HostWorld, who: ObjId): boolean {
  try {
    return tx.isWizard(who);
  } catch {
    return false;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
