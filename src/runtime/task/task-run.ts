/**
 * One running task: its frame stack (who is acting), deadline, output and effect buffers, and the
 * SDK operations verb code reaches through the shim. Every operation takes the acting permissions
 * from the top frame, never from verb code, and asks the world (HostWorld) to check them.
 */

import { randomUUID } from "node:crypto";
import {
  InvalidArgument,
  LimitError,
  MooError,
  NoSuchObjectError,
  NoSuchVerbError,
  PermissionDenied,
  UserError,
} from "../../core/errors.js";
import type { OutputKind, SessionEvent } from "../../core/gateway.js";
import { NOTHING, type ObjId, parseObjId, SYSTEM_OBJECT } from "../../core/ids.js";
import { isObjRef, type MooValue, ref, toWire } from "../../core/values.js";
import type { HostVerbHit, HostWorld } from "../host-world.js";
import type { Envelope, TaskContext } from "../sandbox/sandbox.js";
import type { RuntimeEffect, VerbCallback } from "./effects.js";
import { mailOps } from "./mail-ops.js";
import { objectOps } from "./object-ops.js";
import { programmingOps } from "./programming-ops.js";
import { scheduleOps } from "./schedule-ops.js";
import type { RuntimeServices } from "./services.js";
import { verbFrames } from "./traceback.js";
import { nameFromSandbox, objIdFromSandbox, stringFromSandbox, valueFromSandbox } from "./values.js";

/** The parsed command a task was started for (LambdaMOO's verb variables). */
export interface CommandInfo {
  verb: string;
  argstr: string;
  words: string[];
  dobj: ObjId;
  dobjstr: string;
  prep: string;
  prepstr: string;
  iobj: ObjId;
  iobjstr: string;
}

export interface TaskLimits {
  timeLimitMs: number;
  maxDepth: number;
  maxOutputBytes: number;
  maxOutputLines: number;
  maxValueNodes: number;
  maxValueChars: number;
}

/** One verb activation on the host-side stack. */
export interface Frame {
  this: ObjId;
  verbName: string;
  /** The object defining the verb (passthrough continues from its parents). */
  origin: ObjId;
  /** The verb's owner. */
  owner: ObjId;
  /** The acting permissions: the owner, or a `setTaskPerms` override for the rest of this frame. */
  perms: ObjId;
  file: string;
}

/** A failed verb call, as the host sees it (raised into the calling verb, or ending the task). */
export class VerbFailure extends Error {
  constructor(
    readonly errorName: string,
    readonly code: string,
    message: string,
    readonly fatal: boolean,
    /** Verb frames, innermost first: `#12:look line 4`. */
    readonly frames: string[],
    /** Owners of the verbs the error passed through, innermost first. */
    readonly owners: ObjId[],
  ) {
    super(message);
  }
}

/** Set on frames' `file` for the `;`/`@eval` pseudo-verb. */
export const EVAL_FILE = "moo:eval";

type Op = (a: unknown, b: unknown, c: unknown, d: unknown) => unknown;

export class TaskRun {
  readonly output: string[] = [];
  readonly effects: RuntimeEffect[] = [];
  readonly frames: Frame[] = [];
  readonly deadline: number;
  fatal: MooError | null = null;
  /**
   * The isolate stopped this task's code mid-run (time limit). Jobs it had queued (promise
   * callbacks) may still sit in the isolate's microtask queue, which contexts share: the runtime
   * then replaces the isolate, so they never run in a later task.
   */
  terminated = false;
  private outputBytes = 0;
  private outputLines = 0;
  private readonly traces: VerbFailure[] = [];
  /** Frames below this belong to verbs the host is running (`callVerb`); in-isolate calls sit above. */
  private hostDepth = 0;
  /** Whether verbs acting with different permissions have run in this task (see `dispatch`). */
  private ownersMixed = false;
  private readonly labels = new Map<string, string>();
  private readonly ops: ReadonlyMap<string, Op>;
  private promptSeq = 0;

  constructor(
    readonly world: HostWorld,
    readonly context: TaskContext,
    readonly player: ObjId,
    readonly command: CommandInfo | null,
    readonly limits: TaskLimits,
    readonly startedAt: number,
    readonly services: RuntimeServices = {},
  ) {
    this.deadline = startedAt + limits.timeLimitMs;
    this.ops = this.buildOps();
  }

  // ---------------------------------------------------------------- limits

  remainingMs(): number {
    return this.deadline - Date.now();
  }

  /** Records the task's fatal error (first one wins) and returns it. */
  setFatal(e: MooError): MooError {
    this.fatal ??= e;
    return this.fatal;
  }

  timeLimitError(): LimitError {
    return new LimitError(`Task ran out of time (${this.limits.timeLimitMs} ms).`);
  }

  private checkTime(): void {
    if (this.fatal) throw this.fatal;
    if (Date.now() > this.deadline) throw this.setFatal(this.timeLimitError());
  }

  // ---------------------------------------------------------------- verb calls

  /** Runs a verb in this task (top level or nested); returns its value or throws VerbFailure. */
  callVerb(
    thisId: ObjId,
    hit: HostVerbHit,
    verbName: string,
    args: readonly MooValue[],
    file?: string,
    extra: unknown[] = [],
  ): MooValue {
    const depth = this.frames.length;
    const outerHostDepth = this.hostDepth;
    const { key, caller } = this.enterVerb(thisId, hit, verbName, file);
    this.hostDepth = this.frames.length;
    const c = this.command;
    const ctx: MooValue[] = [
      thisId === NOTHING ? null : ref(thisId),
      ref(this.player),
      ref(caller),
      verbName,
      [...args],
      c?.argstr ?? "",
      ref(c?.dobj ?? NOTHING),
      c?.dobjstr ?? "",
      c?.prep ?? "",
      c?.prepstr ?? "",
      ref(c?.iobj ?? NOTHING),
      c?.iobjstr ?? "",
      [...(c?.words ?? [])],
      ...(extra as MooValue[]),
    ];
    let env: Envelope;
    try {
      env = this.context.run(key, ctx.map(toWire), Math.max(1, this.remainingMs()));
    } catch (e) {
      throw this.engineFailure(e, hit.verb.owner);
    } finally {
      // Also drops the frames of in-isolate calls that returned after the verb's last operation,
      // or that a fatal error cut short.
      this.frames.length = depth;
      this.hostDepth = outerHostDepth;
    }
    return this.verbResult(env, hit.verb.owner);
  }

  /**
   * The first half of a verb call: limits, the frame (acting permissions), the verb defined in the
   * context. Returns the key to run and the caller (the calling frame's `this`). Whoever entered
   * pops the frame when the verb ends.
   */
  private enterVerb(thisId: ObjId, hit: HostVerbHit, verbName: string, file?: string): { key: string; caller: ObjId } {
    this.checkTime();
    if (this.frames.length >= this.limits.maxDepth) {
      throw this.setFatal(new LimitError(`Too many nested verb calls (limit ${this.limits.maxDepth}).`));
    }
    const f = file ?? `moo:v${hit.verb.id}`;
    if (!this.labels.has(f)) {
      this.labels.set(f, file === EVAL_FILE ? `#${thisId}:eval` : `#${hit.origin}:${hit.verb.names[0] ?? "?"}`);
    }
    const caller = this.frames.length > 0 ? (this.frames[this.frames.length - 1]?.this ?? this.player) : this.player;
    const perms = file === EVAL_FILE ? this.player : hit.verb.owner;
    const first = this.frames[0];
    if (first && first.perms !== perms) this.ownersMixed = true;
    this.frames.push({ this: thisId, verbName, origin: hit.origin, owner: hit.verb.owner, perms, file: f });
    try {
      this.context.define(f, hit.verb.compiled, f, Math.max(1, this.remainingMs()));
    } catch (e) {
      this.frames.pop();
      throw this.engineFailure(e, hit.verb.owner);
    }
    return { key: f, caller };
  }

  /** The second half of a verb call, its frame popped: the value, or the failure to raise. */
  private verbResult(env: Envelope, owner: ObjId): MooValue {
    if (env[0] === 0) {
      if (this.fatal) throw this.failure(this.fatal.name, this.fatal.code, this.fatal.message, true, [], [owner]);
      return valueFromSandbox(env[1], this.valueLimits());
    }
    const [, name, code, message, fatal, stack, traceId, kind] = env;
    const inner = traceId !== null && traceId >= 0 ? this.traces[traceId] : undefined;
    const frames = joinFrames(inner?.frames ?? [], verbFrames(stack, this.labels));
    const owners = [...(inner?.owners ?? []), owner];
    if (fatal || this.fatal) {
      const f0 = this.fatal ?? this.setFatal(kind === "time" ? this.timeLimitError() : new LimitError(message));
      throw this.failure(f0.name, f0.code, f0.message, true, dedupe(frames), owners);
    }
    throw this.failure(name, code, message, false, dedupe(frames), owners);
  }

  private failure(
    name: string,
    code: string,
    message: string,
    fatal: boolean,
    frames: string[],
    owners: ObjId[],
  ): VerbFailure {
    return new VerbFailure(name, code, message, fatal, frames, owners);
  }

  /** An exception from isolated-vm itself: timeout, memory disposal, or an internal failure. */
  private engineFailure(e: unknown, owner: ObjId): VerbFailure {
    if (e instanceof VerbFailure) return e;
    if (e instanceof MooError) {
      const fatal = e === this.fatal;
      return this.failure(e.name, e.code, e.message, fatal, [], [owner]);
    }
    const msg = e instanceof Error ? e.message : String(e);
    let err: MooError;
    if (/memory limit|disposed/i.test(msg)) {
      err = this.setFatal(new LimitError("Task ran out of memory (memory limit exceeded)."));
    } else if (/timed out/i.test(msg) || msg === "time") {
      // "time" is the shim's own deadline error escaping as an engine error (seen under heavy load).
      err = this.setFatal(this.timeLimitError());
      this.terminated = true;
    } else {
      err = this.setFatal(new LimitError(`Verb engine failure: ${msg}`));
    }
    return this.failure(err.name, err.code, err.message, true, [], [owner]);
  }

  valueLimits(): { maxNodes: number; maxChars: number } {
    return { maxNodes: this.limits.maxValueNodes, maxChars: this.limits.maxValueChars };
  }

  // ---------------------------------------------------------------- host operations

  /**
   * Runs one SDK operation for verb code; never throws (errors become envelopes). `exits` in-isolate
   * calls have returned since the last operation: their frames go first, so the operation acts
   * with the permissions of the verb that is really running.
   */
  dispatch(op: string, a: unknown, b: unknown, c: unknown, d: unknown, exits = 0, afterReturn = false): Envelope {
    try {
      this.popInIsolateFrames(exits);
      if (afterReturn && this.ownersMixed) {
        // Nothing says whose code a promise callback is once verbs of several owners have run:
        // it could be a called verb's, and would act with its caller's permissions.
        throw new PermissionDenied(
          "Promise callbacks cannot reach the world once verbs of different owners have run in the task.",
        );
      }
      this.checkTime();
      const fn = this.ops.get(op);
      if (!fn || this.frames.length === 0) throw new InvalidArgument(`unknown operation ${op}`);
      const v = fn(a, b, c, d);
      this.checkTime();
      return [0, v === undefined ? null : toWire(v as MooValue)];
    } catch (e) {
      return this.errorEnvelope(e);
    }
  }

  /** Pops the frames of in-isolate calls that returned (never below the innermost host-run verb). */
  private popInIsolateFrames(n: number): void {
    if (n === 0) return;
    if (!Number.isInteger(n) || n < 0 || n > this.frames.length - this.hostDepth) {
      throw this.setFatal(new LimitError("Verb engine failure: bad call bookkeeping."));
    }
    this.frames.length -= n;
  }

  private errorEnvelope(e: unknown): Envelope {
    if (e instanceof VerbFailure) {
      this.traces.push(e);
      return [1, e.errorName, e.code, e.message, e.fatal || this.fatal !== null, "", this.traces.length - 1, null];
    }
    if (e instanceof LimitError) {
      const f = this.setFatal(e);
      return [1, f.name, f.code, f.message, true, "", null, null];
    }
    if (this.fatal) return [1, this.fatal.name, this.fatal.code, this.fatal.message, true, "", null, null];
    if (e instanceof MooError) return [1, e.name, e.code, e.message, false, "", null, null];
    const msg = e instanceof Error ? e.message : String(e);
    return [1, "Error", "E_INVARG", msg, false, "", null, null];
  }

  private top(): Frame {
    const f = this.frames[this.frames.length - 1];
    if (!f) throw new InvalidArgument("no verb is running");
    return f;
  }

  /** The owner of the running verb (whatever its current perms). */
  get verbOwner(): ObjId {
    return this.top().owner;
  }

  /** The acting permissions: the running verb's owner (or its setTaskPerms override). */
  get perms(): ObjId {
    return this.top().perms;
  }

  /** Throws unless the acting permissions may `read` the (valid) object. */
  readable(id: ObjId): void {
    this.world.obj(id);
    this.world.check(this.perms, "read", { kind: "object", obj: id });
  }

  private emit(text: string): void {
    this.outputBytes += text.length;
    this.outputLines += 1 + countNewlines(text);
    if (this.outputBytes > this.limits.maxOutputBytes || this.outputLines > this.limits.maxOutputLines) {
      throw this.setFatal(new LimitError("Task produced too much output."));
    }
  }

  private tellEffect(to: ObjId, text: string, kind: OutputKind): void {
    this.emit(text);
    this.effects.push({ type: "tell", to, text, kind, from: this.player });
  }

  private findVerbOrFail(id: ObjId, name: string): HostVerbHit {
    this.world.obj(id);
    const hit = this.world.findVerb(id, name);
    if (!hit) throw new NoSuchVerbError(name);
    return hit;
  }

  private fieldOf(id: ObjId, field: string): MooValue {
    this.readable(id);
    const r = this.world.obj(id);
    switch (field) {
      case "name":
        return r.name;
      case "owner":
        return ref(r.owner);
      case "location":
        return ref(r.location);
      case "contents":
        return r.contents.map(ref);
      case "parents":
        return r.parents.map(ref);
      case "aliases":
        return [...r.aliases];
      case "player":
        return r.isPlayer;
      case "obvious":
        return r.obvious;
      case "placement":
        return r.placement ? { prep: r.placement.prep, target: ref(r.placement.target) } : null;
      default:
        throw new InvalidArgument(`unknown field ${field}`);
    }
  }

  private lookup(x: unknown): MooValue {
    if (typeof x === "number") {
      if (!Number.isInteger(x) || !this.world.valid(x)) throw new NoSuchObjectError(`#${x}`);
      return ref(x);
    }
    const s = stringFromSandbox(x, "name", 1000).trim();
    const id = parseObjId(s);
    if (id !== null) {
      if (!this.world.valid(id)) throw new NoSuchObjectError(s);
      return ref(id);
    }
    if (s.startsWith("$")) return this.sysObject(s.slice(1));
    const lower = s.toLowerCase();
    if (lower === "me") return ref(this.player);
    const here = this.world.valid(this.player) ? this.world.obj(this.player).location : NOTHING;
    if (lower === "here" && here !== NOTHING) return ref(here);
    const places = [this.player, ...(here !== NOTHING && this.world.valid(here) ? [here] : [])];
    const candidates: ObjId[] = [];
    for (const p of places) candidates.push(...this.world.obj(p).contents);
    candidates.push(...this.world.players());
    for (const c of candidates) {
      if (!this.world.valid(c)) continue;
      const r = this.world.obj(c);
      if (r.name.toLowerCase() === lower || r.aliases.some((a) => a.toLowerCase() === lower)) return ref(c);
    }
    throw new NoSuchObjectError(s);
  }

  private sysObject(name: string): MooValue {
    const n = nameFromSandbox(name, "system object name");
    if (n === "system") return ref(SYSTEM_OBJECT);
    return this.world.getProp(this.perms, SYSTEM_OBJECT, n);
  }

  private move(id: ObjId, dest: ObjId): void {
    const who = this.perms;
    const from = this.world.obj(id).location;
    this.world.check(who, "move", { kind: "object", obj: id });
    if (dest !== NOTHING) {
      this.world.obj(dest);
      const accept = this.world.findVerb(dest, "accept");
      const ok = accept ? truthy(this.callVerb(dest, accept, "accept", [ref(id)])) : false;
      if (!ok && !this.world.isWizard(who)) {
        throw new UserError(`${this.world.label(dest)} did not accept ${this.world.label(id)}`, "E_NACC");
      }
    }
    this.world.move(who, id, dest);
    if (from !== dest) {
      if (from !== NOTHING && this.world.valid(from) && this.world.findVerb(from, "exitfunc")) {
        this.schedule(from, "exitfunc", [ref(id)], 0, null, null);
      }
      if (dest !== NOTHING && this.world.findVerb(dest, "enterfunc")) {
        this.schedule(dest, "enterfunc", [ref(id)], 0, null, null);
      }
    }
  }

  private schedule(
    thisId: ObjId,
    verb: string,
    args: MooValue[],
    delayMs: number,
    everyMs: number | null,
    cron: string | null,
    player: ObjId = this.player,
  ): string {
    const id = randomUUID();
    this.effects.push({
      type: "schedule",
      this: thisId,
      verb,
      args,
      player,
      delayMs,
      everyMs,
      cron,
      by: this.perms,
      id,
    });
    return id;
  }

  callbackFrom(v: MooValue): VerbCallback | null {
    if (v === null) return null;
    if (typeof v !== "object" || Array.isArray(v) || isObjRef(v))
      throw new InvalidArgument("callback must be { obj, verb }");
    const obj = v.obj;
    const verb = v.verb;
    if (!isObjRef(obj) || typeof verb !== "string") throw new InvalidArgument("callback must be { obj, verb }");
    const hit = this.findVerbOrFail(obj.id, nameFromSandbox(verb, "verb name"));
    this.world.check(this.perms, "execute", { kind: "verb", obj: hit.origin, verbId: hit.verb.id });
    return { this: obj.id, verb, args: [] };
  }

  private sessionEvent(options: unknown, kind: "editor" | "pager" | "input"): MooValue {
    const o = valueFromSandbox(options, this.valueLimits());
    if (o === null || typeof o !== "object" || Array.isArray(o) || isObjRef(o))
      throw new InvalidArgument("options must be an object");
    const str = (k: string, def: string): string => (typeof o[k] === "string" ? (o[k] as string) : def);
    const contentType = str("contentType", "text");
    if (contentType !== "text" && contentType !== "typescript" && contentType !== "json") {
      throw new InvalidArgument("contentType must be text, typescript or json");
    }
    if (kind === "pager") {
      const content = str("content", "");
      this.emit(content);
      const event: SessionEvent = { type: "pager", title: str("title", ""), content, contentType };
      this.effects.push({ type: "session", to: this.player, event, callback: null });
      return null;
    }
    // The verb's owner, not its current perms: a wizard-owned command may drop to the player's
    // perms (setTaskPerms) and still open the editor or prompt it was written to open.
    if (!this.world.isWizard(this.verbOwner))
      throw new PermissionDenied(
        `Only wizard-owned verbs may open ${kind === "editor" ? "an editor" : "an input prompt"}.`,
      );
    const callback = this.callbackFrom(o.callback ?? null);
    if (callback) callback.args = Array.isArray(o.args) ? o.args : [];
    const id = `p${this.startedAt.toString(36)}-${++this.promptSeq}`;
    const event: SessionEvent =
      kind === "editor"
        ? { type: "editor", id, title: str("title", ""), content: str("content", ""), contentType }
        : { type: "input", id, prompt: str("prompt", ""), password: o.password === true };
    this.emit(kind === "editor" ? str("content", "") : str("prompt", ""));
    this.effects.push({ type: "session", to: this.player, event, callback });
    return id;
  }

  private buildOps(): Map<string, Op> {
    const w = this.world;
    const id = objIdFromSandbox;
    const ops = new Map<string, Op>();
    ops.set("field", (a, b) => this.fieldOf(id(a), stringFromSandbox(b, "field")));
    ops.set("valid", (a) => typeof a === "number" && w.valid(a));
    ops.set("get", (a, b) => {
      const o = id(a);
      const name = nameFromSandbox(b, "property name");
      if (FIELDS.has(name)) return this.fieldOf(o, name);
      return w.getProp(this.perms, o, name);
    });
    ops.set("set", (a, b, c) => {
      const o = id(a);
      const name = nameFromSandbox(b, "property name");
      const value = valueFromSandbox(c, this.valueLimits());
      if (name === "name") w.setName(this.perms, o, stringFromSandbox(value, "name", 255));
      else if (FIELDS.has(name)) throw new InvalidArgument(`'${name}' is a built-in field; use its own function`);
      else w.setProp(this.perms, o, name, value);
      return null;
    });
    ops.set("has", (a, b) => {
      const o = id(a);
      this.readable(o);
      const name = nameFromSandbox(b, "property name");
      return FIELDS.has(name) || w.hasProp(o, name);
    });
    ops.set("hasVerb", (a, b) => {
      const o = id(a);
      this.readable(o);
      return w.findVerb(o, nameFromSandbox(b, "verb name")) !== undefined;
    });
    ops.set("isA", (a, b) => {
      const o = id(a);
      this.readable(o);
      return w.isA(o, id(b));
    });
    // `obj.call` runs the called verb inside the isolate (no re-entrant run, no JSON of the
    // result): `enter` checks, pushes the frame and returns the verb's key and context; the shim
    // copies the result while the callee's frame is still the acting one.
    ops.set("enter", (a, b) => {
      const o = id(a);
      const name = nameFromSandbox(b, "verb name");
      const hit = this.findVerbOrFail(o, name);
      w.check(this.perms, "execute", { kind: "verb", obj: hit.origin, verbId: hit.verb.id });
      // The shim has the arguments and the command; it needs the key and the caller.
      const { key, caller } = this.enterVerb(o, hit, name);
      return [key, ref(caller)];
    });
    // A successful in-isolate call sends nothing when it returns: its frame is popped by the next
    // operation (`exits`), or when the verb the host is running ends. A failure is sent at once.
    ops.set("fail", (a) => {
      if (this.frames.length <= this.hostDepth) throw new InvalidArgument("no verb call to fail");
      const frame = this.frames.pop() as Frame;
      return this.verbResult(failureEnvelope(a), frame.owner);
    });
    ops.set("pass", (a) => {
      const f = this.top();
      if (f.file === EVAL_FILE) throw new InvalidArgument("passthrough is only available in verbs");
      const args = valueFromSandbox(a, this.valueLimits());
      const hit = w.findParentVerb(f.origin, f.verbName);
      if (!hit) throw new NoSuchVerbError(f.verbName);
      return this.callVerb(f.this, hit, f.verbName, Array.isArray(args) ? args : []);
    });
    ops.set("sys", (a) => this.sysObject(stringFromSandbox(a, "name", 255)));
    ops.set("hasSys", (a) => {
      const n = stringFromSandbox(a, "name", 255);
      return n === "system" || (!n.startsWith("_") && w.hasProp(SYSTEM_OBJECT, n));
    });
    ops.set("lookup", (a) => {
      if (a !== null && typeof a === "object") {
        const v = valueFromSandbox(a, this.valueLimits());
        if (isObjRef(v)) return this.lookup(v.id);
      }
      return this.lookup(a);
    });
    ops.set("players", () => w.players().map(ref));
    ops.set("create", (a, b) => {
      const name = stringFromSandbox(a, "name", 255);
      const o = valueFromSandbox(b, this.valueLimits());
      if (o === null || typeof o !== "object" || Array.isArray(o) || isObjRef(o))
        throw new InvalidArgument("options must be an object");
      const parents = o.parents === undefined ? [] : o.parents;
      if (!Array.isArray(parents) || !parents.every(isObjRef))
        throw new InvalidArgument("parents must be a list of objects");
      const opts: { name: string; parents: ObjId[]; owner?: ObjId; location?: ObjId } = {
        name,
        parents: parents.map((p) => (isObjRef(p) ? p.id : NOTHING)),
      };
      if (isObjRef(o.owner)) opts.owner = o.owner.id;
      if (isObjRef(o.location)) opts.location = o.location.id;
      else if (o.location === undefined) {
        const owner = opts.owner ?? this.perms;
        if (w.valid(owner)) opts.location = w.obj(owner).location;
      }
      const created = w.create(this.perms, opts);
      const init = w.findVerb(created, "initialize");
      if (init) this.callVerb(created, init, "initialize", []);
      return ref(created);
    });
    ops.set("move", (a, b) => {
      this.move(id(a), id(b));
      return null;
    });
    ops.set("recycle", (a) => {
      w.recycle(this.perms, id(a));
      return null;
    });
    ops.set("setName", (a, b) => {
      w.setName(this.perms, id(a), stringFromSandbox(b, "name", 255));
      return null;
    });
    ops.set("setOwner", (a, b) => {
      w.setOwner(this.perms, id(a), id(b));
      return null;
    });
    ops.set("setParents", (a, b) => {
      const ps = valueFromSandbox(b, this.valueLimits());
      if (!Array.isArray(ps) || !ps.every(isObjRef)) throw new InvalidArgument("parents must be a list of objects");
      w.setParents(
        this.perms,
        id(a),
        ps.map((p) => (isObjRef(p) ? p.id : NOTHING)),
      );
      return null;
    });
    ops.set("print", (a) => {
      const text = stringFromSandbox(a, "text", this.limits.maxOutputBytes + 1);
      this.emit(text);
      this.output.push(text);
      return null;
    });
    ops.set("tell", (a, b, c) => {
      const to = id(a);
      w.obj(to);
      const kind = typeof c === "string" && TELL_KINDS.has(c) ? (c as OutputKind) : "text";
      this.tellEffect(to, stringFromSandbox(b, "text", this.limits.maxOutputBytes + 1), kind);
      return null;
    });
    ops.set("announce", (a, b) => {
      const text = stringFromSandbox(a, "text", this.limits.maxOutputBytes + 1);
      const o = valueFromSandbox(b, this.valueLimits());
      const opts = o !== null && typeof o === "object" && !Array.isArray(o) && !isObjRef(o) ? o : {};
      const room = isObjRef(opts.room) ? opts.room.id : w.valid(this.player) ? w.obj(this.player).location : NOTHING;
      if (room === NOTHING || !w.valid(room)) return null;
      const except = new Set<ObjId>([this.player]);
      if (Array.isArray(opts.except)) for (const x of opts.except) if (isObjRef(x)) except.add(x.id);
      if (opts.includeSelf === true) except.delete(this.player);
      const kind = typeof opts.kind === "string" && TELL_KINDS.has(opts.kind) ? (opts.kind as OutputKind) : "text";
      for (const to of w.obj(room).contents) if (!except.has(to)) this.tellEffect(to, text, kind);
      return null;
    });
    ops.set("invoke", (a, b, c, d) => {
      const o = id(a);
      const name = nameFromSandbox(b, "verb name");
      const opts = valueFromSandbox(c, this.valueLimits());
      const args = valueFromSandbox(d, this.valueLimits());
      const hit = this.findVerbOrFail(o, name);
      w.check(this.perms, "execute", { kind: "verb", obj: hit.origin, verbId: hit.verb.id });
      const op = opts !== null && typeof opts === "object" && !Array.isArray(opts) && !isObjRef(opts) ? opts : {};
      const delay = typeof op.delay === "number" ? op.delay : 0;
      const every = typeof op.every === "number" ? op.every : null;
      const cron = typeof op.cron === "string" ? op.cron : null;
      if (delay < 0 || (every !== null && every <= 0))
        throw new InvalidArgument("delay and every must be positive numbers of seconds");
      if ((every !== null || cron !== null) && !w.isWizard(this.perms)) {
        throw new PermissionDenied("Only wizard-owned verbs may schedule periodic or cron tasks.");
      }
      // The new task's player (whom `player` names there and its output goes to): wizards may pick it.
      const who = op.player === undefined ? this.player : isObjRef(op.player) ? op.player.id : NOTHING;
      if (who === NOTHING) throw new InvalidArgument("player must be an object");
      if (who !== this.player) {
        if (!w.isWizard(this.perms)) throw new PermissionDenied("Only wizards may invoke a verb as another player.");
        w.obj(who);
      }
      const every_ = every === null ? null : every * 1000;
      return this.schedule(o, name, Array.isArray(args) ? args : [], delay * 1000, every_, cron, who);
    });
    ops.set("perms", (a) => {
      const who = id(a);
      const f = this.top();
      if (!w.isWizard(f.perms)) throw new PermissionDenied("Only wizards may set task permissions.");
      w.obj(who);
      f.perms = who;
      return null;
    });
    ops.set("isWizard", (a) => w.isWizard(a === null ? this.player : id(a)));
    ops.set("timeLeft", () => Math.max(0, this.remainingMs()));
    ops.set("editor", (a) => this.sessionEvent(a, "editor"));
    ops.set("pager", (a) => this.sessionEvent(a, "pager"));
    ops.set("input", (a) => this.sessionEvent(a, "input"));
    for (const [name, fn] of programmingOps(this)) ops.set(name, fn);
    for (const [name, fn] of objectOps(this)) ops.set(name, fn);
    for (const [name, fn] of scheduleOps(this)) ops.set(name, fn);
    for (const [name, fn] of mailOps(this)) ops.set(name, fn);
    return ops;
  }
}

const FIELDS = new Set([
  "name",
  "owner",
  "location",
  "contents",
  "parents",
  "aliases",
  "player",
  "obvious",
  "placement",
]);
const TELL_KINDS = new Set<string>(["text", "say", "emote", "page", "whisper", "system"]);

function truthy(v: MooValue): boolean {
  if (v === null || v === false || v === 0 || v === "") return false;
  return true;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

/** A failure envelope the shim sends with `fail`, checked field by field (it crossed the boundary). */
function failureEnvelope(a: unknown): Envelope {
  if (!Array.isArray(a) || a[0] !== 1) throw new InvalidArgument("bad verb result");
  const str = (x: unknown, max: number) => (typeof x === "string" ? x.slice(0, max) : "");
  const trace = typeof a[6] === "number" && Number.isInteger(a[6]) ? a[6] : null;
  const kind = typeof a[7] === "string" ? a[7] : null;
  return [
    1,
    str(a[1], 200) || "Error",
    str(a[2], 50) || "E_USER",
    str(a[3], 2000),
    a[4] === true,
    str(a[5], 20000),
    trace,
    kind,
  ];
}

/**
 * Joins the frames of an error raised in a nested call with the frames of the calling verb. V8
 * usually captured the calling frames already (its stack spans the host boundary): then they are
 * the inner list's tail and are not repeated.
 */
function joinFrames(inner: readonly string[], outer: readonly string[]): string[] {
  if (outer.length <= inner.length && outer.every((f, i) => inner[inner.length - outer.length + i] === f))
    return [...inner];
  return [...inner, ...outer];
}

function dedupe(frames: string[]): string[] {
  return frames.filter((f, i) => frames[i - 1] !== f);
}
