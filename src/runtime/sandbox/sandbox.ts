/**
 * The process's verb isolate (isolated-vm) and its compiled-script cache. One isolate per
 * runtime; it is re-created when it was disposed (memory limit). Tasks run in a context
 * (`TaskContext`) whose intrinsics, global object and object handles the shim has frozen, so no
 * global, prototype or closure state can be carried from one task to the next; that lets a context
 * serve many tasks in turn (a new one costs ~2 ms, most of a short command's time). A context is
 * dropped after a fatal error (time, memory, depth), after `contextReuse` tasks, and with its isolate.
 */
import { readFileSync } from "node:fs";
import ivm from "isolated-vm";
import { Lru } from "./lru.js";

const SHIM_SOURCE = readFileSync(new URL("./shim.js", import.meta.url), "utf8");

/** Envelope returned by the shim and by host operations: [0, value] or [1, name, code, message, fatal, stack, trace, kind]. */
export type Envelope = [0, unknown] | [1, string, string, string, boolean, string, number | null, string | null];

/**
 * The host function verb code reaches (through the shim) for every SDK operation. `exits`: how
 * many in-isolate verb calls returned since the last operation (their frames are popped first);
 * `afterReturn`: the operation comes from a promise callback run after the verb returned.
 */
export type HostDispatch = (
  serial: number,
  op: string,
  a: unknown,
  b: unknown,
  c: unknown,
  d: unknown,
  exits: number,
  afterReturn: boolean,
) => Envelope;

export interface SandboxOptions {
  memoryLimitMb: number;
  /** Compiled scripts kept per isolate. */
  scriptCacheSize: number;
  /** Largest value (nodes / string characters) verb code may pass to the world in one call. */
  maxValueNodes: number;
  maxValueChars: number;
  /** Tasks one context serves before it is replaced (1 = a fresh context for every task). */
  contextReuse?: number;
}

interface CachedScript {
  js: string;
  script: ivm.Script;
}

/** Thrown (host side) when the isolate was disposed because it exceeded its memory limit. */
export class IsolateDisposedError extends Error {}

export class Sandbox {
  private isolate: ivm.Isolate | null = null;
  private shim: ivm.Script | null = null;
  private readonly scripts: Lru<string, CachedScript>;
  private readonly callback: ivm.Callback;
  private serial = 0;
  /** A context ready for the next task (see TaskContext.release). */
  private idle: TaskContext | null = null;
  /** Number of isolates created so far (1 + number of recoveries). */
  generation = 0;
  /** Number of task contexts created so far (reused contexts are not counted again). */
  contextsCreated = 0;

  constructor(
    private readonly options: SandboxOptions,
    dispatch: HostDispatch,
  ) {
    this.scripts = new Lru(options.scriptCacheSize, (c) => c.script.release());
    this.callback = new ivm.Callback(
      (serial: number, op: string, a: unknown, b: unknown, c: unknown, d: unknown, exits: unknown, after: unknown) =>
        JSON.stringify(dispatch(serial, op, a, b, c, d, typeof exits === "number" ? exits : 0, after !== false)),
    );
  }

  /** The live isolate, created on first use or after a disposal. */
  private live(): { isolate: ivm.Isolate; shim: ivm.Script } {
    if (this.isolate && !this.isolate.isDisposed && this.shim) return { isolate: this.isolate, shim: this.shim };
    this.scripts.clear();
    this.isolate = new ivm.Isolate({ memoryLimit: this.options.memoryLimitMb });
    this.shim = this.isolate.compileScriptSync(SHIM_SOURCE, { filename: "moo:shim" });
    this.generation++;
    return { isolate: this.isolate, shim: this.shim };
  }

  /** True when the current isolate was disposed (e.g. by its memory limit). */
  get disposed(): boolean {
    return this.isolate?.isDisposed ?? false;
  }

  /** A context with the shim installed, ready for one task; `release()` it when the task ends. */
  openContext(timeoutMs: number): TaskContext {
    const { isolate, shim } = this.live();
    const idle = this.idle;
    this.idle = null;
    if (idle) {
      if (idle.isolateIs(isolate) && idle.reset(++this.serial, timeoutMs)) return idle;
      idle.dispose();
    }
    const context = isolate.createContextSync();
    this.contextsCreated++;
    const serial = ++this.serial;
    try {
      shim.runSync(context, { timeout: timeoutMs });
      const install = context.global.getSync("mooInstall", { reference: true }) as ivm.Reference<
        (...a: unknown[]) => unknown
      >;
      const limits = { maxValueNodes: this.options.maxValueNodes, maxValueChars: this.options.maxValueChars };
      const api = install.applySync(undefined, [this.callback, serial, new ivm.ExternalCopy(limits).copyInto()], {
        timeout: timeoutMs,
        result: { reference: true },
      }) as ivm.Reference<Record<string, unknown>>;
      install.release();
      const ctx = new TaskContext(this, isolate, context, serial, api);
      api.release();
      return ctx;
    } catch (e) {
      context.release();
      throw e;
    }
  }

  /** The compiled script for a verb (cached per isolate by key and exact text). */
  script(isolate: ivm.Isolate, key: string, js: string, filename: string): ivm.Script {
    const hit = this.scripts.get(key);
    if (hit && hit.js === js) return hit.script;
    const script = isolate.compileScriptSync(js, { filename });
    this.scripts.set(key, { js, script });
    return script;
  }

  get cachedScripts(): number {
    return this.scripts.size;
  }

  /** Keeps `ctx` for the next task, or disposes of it. */
  keepOrDispose(ctx: TaskContext, reusable: boolean): void {
    if (reusable && ctx.tasks < (this.options.contextReuse ?? 1) && ctx.isolateIs(this.isolate) && !this.disposed) {
      this.idle?.dispose();
      this.idle = ctx;
    } else ctx.dispose();
  }

  dispose(): void {
    this.idle?.dispose();
    this.idle = null;
    this.scripts.clear();
    if (this.isolate && !this.isolate.isDisposed) this.isolate.dispose();
    this.isolate = null;
    this.shim = null;
  }
}

type ApiFn = ivm.Reference<(...a: unknown[]) => unknown>;

/** A task's context: defines the verbs the task uses and runs them. */
export class TaskContext {
  /** The compiled text defined under each key (eval code reuses one key with new text). */
  private readonly defined = new Map<string, string>();
  private readonly defineFn: ApiFn;
  private readonly runFn: ApiFn;
  private readonly deadlineFn: ApiFn;
  private readonly resetFn: ApiFn;
  /** Tasks served so far. */
  tasks = 1;
  private released = false;

  constructor(
    private readonly sandbox: Sandbox,
    private readonly isolate: ivm.Isolate,
    private readonly context: ivm.Context,
    public serial: number,
    api: ivm.Reference<Record<string, unknown>>,
  ) {
    this.defineFn = api.getSync("define", { reference: true }) as ApiFn;
    this.runFn = api.getSync("run", { reference: true }) as ApiFn;
    this.deadlineFn = api.getSync("setDeadline", { reference: true }) as ApiFn;
    this.resetFn = api.getSync("reset", { reference: true }) as ApiFn;
  }

  isolateIs(isolate: ivm.Isolate | null): boolean {
    return this.isolate === isolate && !isolate.isDisposed;
  }

  /** Readies a released context for another task; false when it may not be reused. */
  reset(serial: number, timeoutMs: number): boolean {
    try {
      if (this.resetFn.applySync(undefined, [serial], { timeout: Math.max(1, timeoutMs) }) !== true) return false;
    } catch {
      return false;
    }
    this.serial = serial;
    this.tasks++;
    this.released = false;
    return true;
  }

  /** Ends this task's use of the context: kept for the next task when `reusable`, else disposed. */
  release(reusable: boolean): void {
    if (this.released) return;
    this.released = true;
    this.sandbox.keepOrDispose(this, reusable);
  }

  /** Tells the tick check in the isolate the task's wall-clock deadline (epoch ms). */
  setDeadline(epochMs: number, timeoutMs: number): void {
    this.deadlineFn.applySync(undefined, [epochMs], { timeout: Math.max(1, timeoutMs) });
  }

  /** Makes the compiled verb available in this context under `key` (once per task). */
  define(key: string, js: string, filename: string, timeoutMs: number): void {
    if (this.defined.get(key) === js) return;
    const script = this.sandbox.script(this.isolate, key, js, filename);
    const factory = script.runSync(this.context, { reference: true, timeout: Math.max(1, timeoutMs) }) as ivm.Reference<
      () => unknown
    >;
    this.defineFn.applySync(undefined, [key, factory.derefInto({ release: true })], {
      timeout: Math.max(1, timeoutMs),
    });
    this.defined.set(key, js);
  }

  /** Runs a defined verb with copied context values; returns the shim's envelope. */
  run(key: string, ctx: unknown[], timeoutMs: number): Envelope {
    const out = this.runFn.applySync(undefined, [key, JSON.stringify(ctx)], {
      timeout: Math.max(1, timeoutMs),
    }) as string;
    return JSON.parse(out) as Envelope;
  }

  dispose(): void {
    this.defineFn.release();
    this.runFn.release();
    this.deadlineFn.release();
    this.resetFn.release();
    if (!this.isolate.isDisposed) this.context.release();
  }
}
