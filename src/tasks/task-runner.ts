/**
 * Runs one task from start to finish: begin a world transaction → parse the command → dispatch →
 * run verbs in the sandbox → commit, or roll back on any error → release the buffered effects
 * (output to the player, tells to others, scheduled tasks). A commit conflict with another
 * process re-runs the task on fresh state; players never notice, because nothing was released.
 */

import type { Delivery, OutputBus } from "../bus/index.js";
import { ConflictError, UserError } from "../core/errors.js";
import type { SessionEvent } from "../core/gateway.js";
import { type ObjId, SYSTEM_OBJECT } from "../core/ids.js";
import type { TaskMetrics } from "../core/ops.js";
import type { MooValue } from "../core/values.js";
import {
  dispatch,
  findDoCommand,
  findHuh,
  parseCommands,
  type ResolvedCommand,
  resolveCommand,
} from "../parser/index.js";
import type { CommandInfo, RunResult, Runtime } from "../runtime/index.js";
import { type CommitHook, matchEnvFor, type VerbHit, type World, type WorldTx } from "../world/index.js";
import {
  type AccountAction,
  collectEffects,
  type MailAction,
  type PlayerEvent,
  type PromptCallback,
  type ScheduleCancel,
  type ScheduleRequest,
} from "./effects.js";
import { mailHook } from "./mail.js";
import { scheduleHook } from "./schedules.js";

export type TaskRequest =
  | { kind: "command"; player: ObjId; line: string; connection?: string }
  | { kind: "eval"; player: ObjId; source: string; connection?: string }
  | {
      kind: "invoke";
      player: ObjId;
      this: ObjId;
      verb: string;
      args: MooValue[];
      perms?: ObjId;
      connection?: string;
      /** Skip silently when the verb does not exist (optional hooks like confunc). */
      optional?: boolean;
    };

export interface TaskOutcome {
  status: 0 | 1;
  /** Output for the connection that asked for the task, in order. */
  events: SessionEvent[];
  /** Callbacks for editor/input events in `events`, by event id. */
  callbacks: Map<string, PromptCallback>;
  value?: MooValue;
}

/** What one attempt of a task produced. */
interface Attempt {
  ok: boolean;
  conflict?: boolean;
  errorLines?: string[];
  value?: MooValue;
  events: PlayerEvent[];
  schedules: ScheduleRequest[];
  cancels: ScheduleCancel[];
  accounts: AccountAction[];
  mail: MailAction[];
}

export interface RunOptions {
  /**
   * An extra write for the task's commit, given the outcome the asker will see; added only when
   * the task writes anything (scale-out workers store the job id and outcome here, so a retried
   * job never commits twice and still answers its player).
   */
  record?: (outcome: TaskOutcome) => CommitHook;
}

const MAX_ATTEMPTS = 8;

export class TaskRunner {
  /**
   * Called after a task that scheduled or cancelled something commits (wakes the scheduler and
   * updates the schedule index).
   */
  onScheduled: ((added: readonly ScheduleRequest[], cancelled: readonly ScheduleCancel[]) => void) | null = null;
  /** Performs a verb's account request after its task committed (set by the composition root). */
  accountActions: ((action: AccountAction) => Promise<MooValue>) | null = null;
  /** Told about every finished task (Prometheus metrics); optional. */
  metrics: TaskMetrics | null = null;

  constructor(
    private readonly world: World,
    private readonly runtime: Runtime,
    private readonly bus: OutputBus,
  ) {}

  async run(req: TaskRequest, opts: RunOptions = {}): Promise<TaskOutcome> {
    if (!this.metrics) return this.runAttempts(req, { attempts: 0 }, opts);
    const started = performance.now();
    const count = { attempts: 0 };
    try {
      const outcome = await this.runAttempts(req, count, opts);
      this.metrics.taskFinished(
        req.kind,
        outcome.status === 0 ? "ok" : "failed",
        performance.now() - started,
        count.attempts,
      );
      return outcome;
    } catch (err) {
      this.metrics.taskFinished(req.kind, "error", performance.now() - started, count.attempts);
      throw err;
    }
  }

  private async runAttempts(req: TaskRequest, count: { attempts: number }, opts: RunOptions): Promise<TaskOutcome> {
    for (let attempt = 1; ; attempt++) {
      count.attempts = attempt;
      await this.world.ensureIds();
      const tx = this.world.begin();
      const result = this.attempt(tx, req);
      if (!result.ok) {
        if (result.conflict && attempt < MAX_ATTEMPTS) continue;
        return failure(result.errorLines ?? ["An error occurred while executing the command."]);
      }
      const prepared = this.prepare(req, result);
      const mailResults: MooValue[] = [];
      try {
        const writes = tx.changed || result.schedules.length > 0 || result.cancels.length > 0 || result.mail.length > 0;
        const extra = opts.record && writes ? [opts.record(prepared.outcome)] : [];
        await this.world.commit(tx, [
          ...scheduleHook(result.schedules, result.cancels),
          ...mailHook(result.mail, mailResults),
          ...extra,
        ]);
      } catch (err) {
        if (err instanceof ConflictError && attempt < MAX_ATTEMPTS) {
          await backoff(attempt);
          continue;
        }
        throw err;
      }
      if (result.schedules.length > 0 || result.cancels.length > 0)
        this.onScheduled?.(result.schedules, result.cancels);
      const outcome = await this.release(prepared);
      for (const [i, m] of result.mail.entries()) {
        const value = mailResults[i] ?? { ok: false, error: "The mail request was not performed." };
        await this.answer(req, m.player, m.callback, value, outcome);
      }
      if (result.accounts.length > 0) await this.runAccountActions(req, result.accounts, outcome);
      return outcome;
    }
  }

  private attempt(tx: WorldTx, req: TaskRequest): Attempt {
    const out: Attempt = { ok: true, events: [], schedules: [], cancels: [], accounts: [], mail: [] };
    try {
      out.value = this.body(tx, req, out);
    } catch (err) {
      if (err instanceof ConflictError) return { ...out, ok: false, conflict: true };
      if (err instanceof VerbFailed) return { ...out, ok: false, errorLines: err.lines };
      if (err instanceof UserError)
        return { ...out, ok: false, errorLines: [`[bold red]${literal(err.message)}[/bold red]`] };
      throw err;
    }
    return out;
  }

  /** Runs one verb; a failure aborts the whole task (everything it did is rolled back). */
  private call(
    tx: WorldTx,
    out: Attempt,
    player: ObjId,
    thisObj: ObjId,
    hit: VerbHit,
    verbName: string,
    args: MooValue[],
    command?: ResolvedCommand,
  ): MooValue {
    const r: RunResult = this.runtime.runVerb(tx, {
      player,
      this: thisObj,
      verb: hit,
      verbName,
      args,
      ...(command ? { command: commandInfo(command) } : {}),
    });
    if (!r.ok) {
      if (r.error.code === "E_CONFLICT") throw new ConflictError();
      throw new VerbFailed(r.error.lines.map((l, i) => (i === 0 ? `[bold red]${literal(l)}[/bold red]` : literal(l))));
    }
    collectEffects(player, r.output, r.effects, out);
    return r.value;
  }

  private body(tx: WorldTx, req: TaskRequest, out: Attempt): MooValue {
    if (req.kind === "eval") return this.evaluate(tx, out, req.player, req.source);
    if (req.kind === "invoke") {
      if (!tx.valid(req.this)) return null;
      const hit = tx.findVerb(req.this, req.verb);
      if (!hit) {
        if (req.optional) return null;
        throw new UserError(`${tx.label(req.this)} has no verb '${req.verb}'.`);
      }
      return this.call(tx, out, req.player, req.this, hit, req.verb, req.args);
    }
    for (const parsed of parseCommands(req.line)) {
      // Resolve each command just before it runs: earlier commands of the line may change the world.
      const env = matchEnvFor(tx);
      const command = resolveCommand(parsed, env, req.player);
      this.runCommand(tx, out, req.player, command);
    }
    return null;
  }

  /** `;code` and `@eval code`: programmers evaluate TypeScript as themselves (built in, like LambdaMOO's eval). */
  private evaluate(tx: WorldTx, out: Attempt, player: ObjId, source: string): MooValue {
    if (!tx.isProgrammer(player)) throw new UserError("Only programmers can evaluate code.");
    const r = this.runtime.runEval(tx, { player, source });
    if (!r.ok) {
      if (r.error.code === "E_CONFLICT") throw new ConflictError();
      throw new VerbFailed(r.error.lines.map((l, i) => (i === 0 ? `[bold red]${literal(l)}[/bold red]` : literal(l))));
    }
    collectEffects(player, r.output, r.effects, out);
    return r.value;
  }

  private runCommand(tx: WorldTx, out: Attempt, player: ObjId, command: ResolvedCommand): void {
    if ((command.raw || command.verb.toLowerCase() === "@eval") && tx.isProgrammer(player)) {
      this.evaluate(tx, out, player, command.argstr);
      return;
    }
    const env = matchEnvFor(tx);
    if (findDoCommand(env)) {
      const hit = tx.findVerb(SYSTEM_OBJECT, "do_command");
      if (hit) {
        const handled = this.call(
          tx,
          out,
          player,
          SYSTEM_OBJECT,
          hit,
          "do_command",
          [command.verb, ...command.words],
          command,
        );
        if (handled) return;
      }
    }
    const d = dispatch(command, env, player);
    if (d.kind === "verb") {
      const hit = tx.verbsNamed(d.this, command.verb).find((h) => h.verb.id === d.verb.verbId);
      if (!hit) throw new UserError("I don't know how to do that.");
      this.call(tx, out, player, d.this, hit, command.verb, [], command);
      return;
    }
    const huh = findHuh(env, player);
    const hit = huh ? tx.verbsNamed(huh.this, "huh")[0] : undefined;
    if (huh && hit) {
      this.call(tx, out, player, huh.this, hit, command.verb, [command.verb, ...command.words], command);
      return;
    }
    throw d.error;
  }

  /**
   * Account requests of a committed task: performed one by one; each result goes to the request's
   * callback verb (a follow-up task whose output joins this outcome), or, without a callback, only
   * a failure is shown.
   */
  private async runAccountActions(req: TaskRequest, actions: AccountAction[], outcome: TaskOutcome): Promise<void> {
    for (const a of actions) {
      let value: MooValue;
      try {
        value = this.accountActions
          ? await this.accountActions(a)
          : { ok: false, error: "Accounts are not available." };
      } catch (err) {
        value = { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
      await this.answer(req, a.player, a.callback, value, outcome);
    }
  }

  /**
   * Gives the result of an after-commit request to its callback verb (a follow-up task whose
   * output joins `outcome`); without a callback only a failure is shown.
   */
  private async answer(
    req: TaskRequest,
    player: ObjId,
    callback: PromptCallback | null,
    value: MooValue,
    outcome: TaskOutcome,
  ): Promise<void> {
    if (callback) {
      const o = await this.run({
        kind: "invoke",
        player,
        this: callback.this,
        verb: callback.verb,
        args: [value, ...callback.args],
        ...(req.connection !== undefined ? { connection: req.connection } : {}),
      });
      outcome.events.push(...o.events);
      for (const [k, v] of o.callbacks) outcome.callbacks.set(k, v);
    } else if (isFailure(value)) {
      const text = `[bold red]${literal(value.error)}[/bold red]`;
      outcome.events.push({ type: "output", text, kind: "error" });
    }
  }

  /** Splits a task's effects: the asker's output (returned inline) and deliveries for the others. */
  private prepare(req: TaskRequest, result: Attempt): Prepared {
    const events: SessionEvent[] = [];
    const callbacks = new Map<string, PromptCallback>();
    const deliveries: Delivery[] = [];
    for (const e of result.events) {
      const mine = e.to === req.player && req.connection !== undefined;
      if (mine) {
        events.push(e.event);
        if (e.callback && (e.event.type === "editor" || e.event.type === "input"))
          callbacks.set(e.event.id, e.callback);
      }
      deliveries.push({ to: e.to, event: e.event, ...(mine ? { exceptConnection: req.connection } : {}) });
    }
    const outcome: TaskOutcome = {
      status: 0,
      events,
      callbacks,
      ...(result.value !== undefined ? { value: result.value } : {}),
    };
    return { outcome, deliveries };
  }

  /** Delivers a committed task's effects: the asker's output inline, everything else via the bus. */
  private async release(p: Prepared): Promise<TaskOutcome> {
    if (p.deliveries.length > 0) await this.bus.publish(p.deliveries);
    return p.outcome;
  }
}

/** A committed task's effects, split: the asker's outcome and deliveries for everyone else. */
interface Prepared {
  outcome: TaskOutcome;
  deliveries: Delivery[];
}

/** A verb failed: these lines (already formatted for the player) are all the task shows. */
class VerbFailed extends Error {
  constructor(readonly lines: string[]) {
    super(lines[0] ?? "verb failed");
  }
}

function failure(lines: string[]): TaskOutcome {
  return {
    status: 1,
    events: lines.map((text) => ({ type: "output", text, kind: "error" })),
    callbacks: new Map(),
  };
}

function commandInfo(c: ResolvedCommand): CommandInfo {
  return {
    verb: c.verb,
    argstr: c.argstr,
    words: c.words,
    dobj: c.dobj.id,
    dobjstr: c.dobjstr,
    prep: c.prep,
    prepstr: c.prepstr,
    iobj: c.iobj,
    iobjstr: c.iobjstr,
  };
}

/** An account result `{ ok: false, error }`. */
function isFailure(v: MooValue): v is { ok: false; error: string } {
  return (
    v !== null &&
    typeof v === "object" &&
    !Array.isArray(v) &&
    "ok" in v &&
    v.ok === false &&
    typeof v.error === "string"
  );
}

/** Verb error text is shown literally: markup-looking brackets are escaped. */
function literal(text: string): string {
  return text.replace(/\[/g, "\\[");
}

function backoff(attempt: number): Promise<void> {
  const ms = Math.min(100, 2 ** attempt) * (0.5 + Math.random());
  return new Promise((r) => setTimeout(r, ms));
}
