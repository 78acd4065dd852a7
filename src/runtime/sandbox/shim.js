// The sandbox shim: plain JavaScript that sets up every task context (never run in the host).
// It is baked into the isolate's start-up snapshot, so each new context starts with it already
// evaluated. It builds the SDK module ("moo"), the handle class for world objects, the
// instrumentation helpers (`t` tick, `r` rethrow), removes what verb code must not have (code
// generation from strings, WebAssembly, shared memory, weak references), freezes every reachable
// intrinsic, and leaves one configurable global, `mooInstall(host, serial, limits)`, which the host
// calls once per context before any verb code: it binds the host callback, deletes itself, freezes
// the global object and returns the host-facing API { define, run, setDeadline }.
//
// Trust boundary: `host` is an isolated-vm Callback (arguments and results are copies). Everything
// the host needs to trust is re-checked there; this file only has to keep its own closures private.
// Nothing here is reachable by name from verb code: verb code cannot write identifiers or literal
// keys beginning with "_", and this file never stores secrets on reachable objects.
(function setup() {
  let host = null;
  let serial = 0;
  let MAX_NODES = 0;
  let MAX_CHARS = 0;
  const G = globalThis;
  const freeze = Object.freeze;
  const isArray = Array.isArray;
  const keys = Object.keys;
  const getProto = Object.getPrototypeOf;
  const objectProto = Object.prototype;
  const hasOwn = Object.prototype.hasOwnProperty;
  const apply = Reflect.apply;
  const now = Date.now;
  const OriginalFunction = Function;
  const parseJson = JSON.parse;
  const stringifyJson = JSON.stringify;
  const functionProto = Function.prototype;
  const ownKeys = Reflect.ownKeys;
  const getOwnDesc = Reflect.getOwnPropertyDescriptor;

  // ------------------------------------------------------------------ deadline and fatal state
  let deadline = Number.POSITIVE_INFINITY;
  let ticks = 0;
  let fatalError = null;
  let fatalInfo = null;
  /** In-isolate verb calls that returned since the last host operation (see callInIsolate). */
  let pendingExits = 0;
  /** The task's player and command variables (argstr … iobjstr, words), set by every host run. */
  let taskPlayer = null;
  let command = [];
  let commandWords = [];
  /** Verb runs the host has under way (nested when an operation runs a hook such as `accept`). */
  let running = 0;

  /** Records a fatal (uncatchable) error once and returns it. */
  function setFatal(info) {
    if (fatalError === null) {
      fatalInfo = info;
      fatalError = freeze(new LimitError(info.message));
    }
    return fatalError;
  }
  /** Tick: inserted at the top of every function and loop body of verb code. */
  function t() {
    if (fatalError !== null) throw fatalError;
    if ((++ticks & 1023) === 0 && now() > deadline) {
      throw setFatal({ name: "LimitError", code: "E_LIMIT", message: "time", kind: "time" });
    }
  }
  /** Rethrow: inserted at the top of every catch and finally block of verb code. */
  function r() {
    if (fatalError !== null) throw fatalError;
  }

  // ------------------------------------------------------------------ errors
  class MooError extends Error {
    constructor(message, code) {
      super(String(message));
      this.code = code === undefined ? "E_USER" : String(code);
    }
    get name() {
      return "MooError";
    }
  }
  class UserError extends MooError {
    constructor(message, code) {
      super(message, code === undefined ? "E_USER" : code);
    }
    get name() {
      return "UserError";
    }
  }
  class LimitError extends MooError {
    constructor(message) {
      super(message, "E_LIMIT");
    }
    get name() {
      return "LimitError";
    }
  }
  /** An error reported by the host, rebuilt here so verb code can catch it (unless fatal). */
  class HostError extends MooError {
    constructor(name, code, message, trace) {
      super(message, code);
      this.hostName = name;
      this.trace = trace;
    }
    get name() {
      return this.hostName;
    }
  }

  // ------------------------------------------------------------------ values across the boundary
  const TOKEN = freeze({});
  const handles = new Map();

  function toWire(v, budget) {
    if (++budget.nodes > MAX_NODES) throw new LimitError("value too large");
    if (v === null || v === undefined) return null;
    const ty = typeof v;
    if (ty === "string") {
      budget.chars += v.length;
      if (budget.chars > MAX_CHARS) throw new LimitError("value too large");
      return v;
    }
    if (ty === "number") {
      if (!Number.isFinite(v)) {
        throw new TypeError("numbers must be finite");
      }
      return v;
    }
    if (ty === "boolean") return v;
    if (ty !== "object") throw new TypeError(`cannot pass a ${ty} to the world`);
    t();
    if (v instanceof MooObject) return { "o#": v.id };
    if (budget.seen.has(v)) throw new TypeError("cannot pass a value that contains itself");
    budget.seen.add(v);
    let out;
    if (isArray(v)) {
      const n = v.length;
      out = [];
      for (let i = 0; i < n; i++) out.push(toWire(v[i], budget));
    } else {
      const p = getProto(v);
      if (p !== objectProto && p !== null)
        throw new TypeError("only plain objects, arrays and world objects can be passed");
      out = {};
      const ks = keys(v);
      for (let i = 0; i < ks.length; i++) {
        const k = ks[i];
        // As the host refuses them (values.ts): values passed between verbs stay in the isolate.
        if (k.charCodeAt(0) === 95) {
          throw new HostError(
            "InvalidArgument",
            "E_INVARG",
            `keys beginning with '_' are reserved ('${k.slice(0, 40)}')`,
            null,
          );
        }
        budget.chars += k.length;
        out[k] = toWire(v[k], budget);
      }
    }
    budget.seen.delete(v);
    return out;
  }
  function wire(v) {
    return toWire(v, { nodes: 0, chars: 0, seen: new Set() });
  }
  function fromWire(v) {
    if (v === null || typeof v !== "object") return v;
    if (isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = fromWire(v[i]);
      return v;
    }
    const ks = keys(v);
    if (ks.length === 1 && ks[0] === "o#") return handle(v["o#"]);
    for (let i = 0; i < ks.length; i++) v[ks[i]] = fromWire(v[ks[i]]);
    return v;
  }
  function handle(id) {
    let h = handles.get(id);
    if (h === undefined) {
      h = new MooObject(TOKEN, id);
      handles.set(id, h);
    }
    return h;
  }

  // ------------------------------------------------------------------ host calls
  function op(name, a, b, c, d) {
    if (fatalError !== null) throw fatalError;
    const exits = pendingExits;
    pendingExits = 0;
    // `running === 0`: a promise callback or `await` continuation, run after the verb the host ran
    // has returned (the isolate's microtask checkpoint); the host decides whether it may act.
    const res = parseJson(host(serial, name, a, b, c, d, exits, running === 0));
    if (res[0] === 0) return fromWire(res[1]);
    if (res[4]) throw setFatal({ name: res[1], code: res[2], message: res[3], kind: "host" });
    throw new HostError(res[1], res[2], res[3], res[6]);
  }
  function idOf(x, what) {
    if (x instanceof MooObject) return x.id;
    if (typeof x === "number" && Number.isInteger(x)) return x;
    throw new TypeError(`${what} must be an object`);
  }
  /** A verb named by its name or number. */
  function verbRef(x) {
    return typeof x === "number" ? x : String(x);
  }
  function text(parts) {
    let s = "";
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) s += " ";
      const p = parts[i];
      s += typeof p === "string" ? p : show(p);
    }
    return s;
  }
  function show(v) {
    if (v instanceof MooObject) return `#${v.id}`;
    if (v === undefined) return "undefined";
    if (typeof v === "object" && v !== null && !(v instanceof Error)) {
      try {
        return JSON.stringify(v, (_k, x) => (x instanceof MooObject ? `#${x.id}` : x));
      } catch {
        return String(v);
      }
    }
    return String(v);
  }

  /** A world object as verb code sees it: an id plus methods that ask the host. */
  class MooObject {
    constructor(token, id) {
      if (token !== TOKEN) throw new TypeError("use lookup() to get an object");
      this.id = id;
      freeze(this);
    }
    get name() {
      return op("field", this.id, "name");
    }
    get owner() {
      return op("field", this.id, "owner");
    }
    get location() {
      return op("field", this.id, "location");
    }
    get contents() {
      return op("field", this.id, "contents");
    }
    get parents() {
      return op("field", this.id, "parents");
    }
    get aliases() {
      return op("field", this.id, "aliases");
    }
    get isPlayer() {
      return op("field", this.id, "player");
    }
    get valid() {
      return op("valid", this.id);
    }
    get obvious() {
      return op("field", this.id, "obvious");
    }
    get placement() {
      return op("field", this.id, "placement");
    }
    setAliases(aliases) {
      op("setAliases", this.id, wire(aliases));
    }
    setObvious(obvious) {
      op("setObvious", this.id, obvious === true);
    }
    setPlacement(prep, target) {
      op("setPlacement", this.id, String(prep), idOf(target, "target"));
    }
    clearPlacement() {
      op("setPlacement", this.id, null, null);
    }
    verbs(inherited) {
      return op("verbs", this.id, inherited === true);
    }
    findVerb(name) {
      return op("findVerb", this.id, String(name));
    }
    verbCode(verb) {
      return op("verbCode", this.id, verbRef(verb));
    }
    addVerb(names, options) {
      return op("addVerb", this.id, wire(names), wire(options === undefined ? {} : options));
    }
    setVerbCode(verb, code) {
      return op("setVerbCode", this.id, verbRef(verb), String(code));
    }
    setVerbInfo(verb, info) {
      return op("setVerbInfo", this.id, verbRef(verb), wire(info));
    }
    removeVerb(verb) {
      op("removeVerb", this.id, verbRef(verb));
    }
    properties() {
      return op("properties", this.id);
    }
    defineProp(name, value, options) {
      op("defineProp", this.id, String(name), wire(value), wire(options === undefined ? {} : options));
    }
    deleteProp(name) {
      op("deleteProp", this.id, String(name));
    }
    clearProp(name) {
      op("clearProp", this.id, String(name));
    }
    setPropInfo(name, info) {
      op("setPropInfo", this.id, String(name), wire(info));
    }
    getAcl(target) {
      return op("getAcl", this.id, wire(target === undefined ? {} : target));
    }
    setAcl(rows, target) {
      op("setAcl", this.id, wire(target === undefined ? {} : target), wire(rows));
    }
    get(name) {
      return op("get", this.id, String(name));
    }
    set(name, value) {
      op("set", this.id, String(name), wire(value));
    }
    has(name) {
      return op("has", this.id, String(name));
    }
    hasVerb(name) {
      return op("hasVerb", this.id, String(name));
    }
    isA(ancestor) {
      return op("isA", this.id, idOf(ancestor, "ancestor"));
    }
    call(name, ...args) {
      return callInIsolate(this.id, String(name), wire(args));
    }
    setName(name) {
      op("setName", this.id, String(name));
    }
    setOwner(owner) {
      op("setOwner", this.id, idOf(owner, "owner"));
    }
    setParents(parents) {
      op("setParents", this.id, wire(parents));
    }
    moveTo(dest) {
      op("move", this.id, dest === null ? -1 : idOf(dest, "destination"));
    }
    tell(...parts) {
      op("tell", this.id, text(parts), "text");
    }
    toString() {
      return `#${this.id}`;
    }
    toJSON() {
      return `#${this.id}`;
    }
  }

  const systemObjects = new Proxy(freeze({}), {
    get(_target, name) {
      if (typeof name !== "string") return undefined;
      return op("sys", name);
    },
    has(_target, name) {
      return typeof name === "string" && op("hasSys", name);
    },
    set() {
      throw new TypeError("$ is read-only; set properties of #0 with $.system.set()");
    },
    defineProperty() {
      return false;
    },
    deleteProperty() {
      return false;
    },
  });

  const sdk = {
    $: systemObjects,
    lookup(x) {
      return op("lookup", x instanceof MooObject ? x.id : wire(x));
    },
    valid(x) {
      return x instanceof MooObject ? op("valid", x.id) : typeof x === "number" ? op("valid", x) : false;
    },
    players() {
      return op("players");
    },
    create(name, options) {
      return op("create", String(name), wire(options === undefined ? {} : options));
    },
    move(obj, dest) {
      op("move", idOf(obj, "object"), dest === null || dest === undefined ? -1 : idOf(dest, "destination"));
    },
    recycle(obj) {
      op("recycle", idOf(obj, "object"));
    },
    recycledObjects(owner) {
      return op("recycledObjects", owner === undefined ? undefined : owner === null ? null : idOf(owner, "owner"));
    },
    restore(obj) {
      op("restore", idOf(obj, "object"));
    },
    destroy(obj) {
      op("destroy", idOf(obj, "object"));
    },
    children(obj) {
      return op("children", idOf(obj, "object"));
    },
    descendants(obj) {
      return op("descendants", idOf(obj, "object"));
    },
    ownedObjects(owner) {
      return op("ownedObjects", idOf(owner, "owner"));
    },
    reloadVerbs(obj, verbName) {
      return op(
        "reloadVerbs",
        obj === undefined || obj === null ? null : idOf(obj, "object"),
        verbName === undefined || verbName === null ? null : String(verbName),
      );
    },
    print(...parts) {
      op("print", text(parts));
    },
    tell(obj, ...parts) {
      op("tell", idOf(obj, "recipient"), text(parts), "text");
    },
    announce(textOrParts, options) {
      op(
        "announce",
        typeof textOrParts === "string" ? textOrParts : show(textOrParts),
        wire(options === undefined ? {} : options),
      );
    },
    invoke(obj, verbName, options, ...args) {
      return op(
        "invoke",
        idOf(obj, "object"),
        String(verbName),
        wire(options === undefined ? {} : options),
        wire(args),
      );
    },
    schedules(obj) {
      return op("schedules", obj === undefined || obj === null ? null : idOf(obj, "object"));
    },
    cancelSchedule(id) {
      return op("cancelSchedule", id);
    },
    passthrough(...args) {
      return op("pass", wire(args));
    },
    setTaskPerms(who) {
      op("perms", idOf(who, "who"));
    },
    isWizard(who) {
      return op("isWizard", who === undefined ? null : idOf(who, "who"));
    },
    timeLeft() {
      return op("timeLeft");
    },
    openEditor(options) {
      return op("editor", wire(options));
    },
    openPager(options) {
      op("pager", wire(options));
    },
    promptInput(options) {
      return op("input", wire(options));
    },
    connectedPlayers() {
      return op("connectedPlayers");
    },
    connectionInfo(who) {
      return op("connectionInfo", idOf(who, "who"));
    },
    roles(who) {
      return op("roles", idOf(who, "who"));
    },
    setRoles(who, roles) {
      op("setRoles", idOf(who, "who"), wire(roles));
    },
    serverInfo() {
      return op("serverInfo");
    },
    generatePassword() {
      return op("generatePassword");
    },
    account(request, callback) {
      op("account", wire(request), callback === undefined ? null : wire(callback));
    },
    mail(request, callback) {
      op("mail", wire(request), callback === undefined ? null : wire(callback));
    },
    bootPlayer(who, message) {
      op("bootPlayer", idOf(who, "who"), message === undefined ? null : String(message));
    },
    checkCode(code) {
      return op("checkCode", String(code));
    },
    MooObject,
    MooError,
    UserError,
  };
  freeze(sdk);
  const helpers = freeze({ t, r, sdk });

  // ------------------------------------------------------------------ verbs of this task
  const verbs = new Map();
  function define(key, factory) {
    verbs.set(key, factory(helpers));
  }
  function errorEnvelope(e) {
    if (fatalError !== null) {
      return [1, fatalInfo.name, fatalInfo.code, fatalInfo.message, true, safeStack(fatalError), null, fatalInfo.kind];
    }
    if (e instanceof HostError) return [1, e.hostName, e.code, e.message, false, safeStack(e), e.trace, null];
    let name = "Error";
    let code = "E_USER";
    let message = "";
    let isUser = false;
    try {
      if (e instanceof Error) {
        name = String(e.name);
        message = String(e.message);
        if (e instanceof MooError) {
          code = String(e.code);
          isUser = true;
        }
      } else {
        name = "Error";
        message = `uncaught value: ${show(e)}`;
      }
    } catch {
      message = "(unreadable error)";
    }
    if (fatalError !== null) return errorEnvelope(fatalError);
    return [1, name, isUser ? code : "E_JS", message.slice(0, 2000), false, safeStack(e), null, null];
  }
  function safeStack(e) {
    try {
      return e instanceof Error ? String(e.stack).slice(0, 20000) : "";
    } catch {
      return "";
    }
  }
  /** Runs a defined verb: `ctx` = [this, player, caller, verb, args, argstr, dobj, …]. */
  function run(key, ctx) {
    return stringifyJson(runEnvelope(key, ctx));
  }
  function runEnvelope(key, ctx) {
    // A run starts right after the operation that asked for it (which sent every pending exit);
    // when it ends, the host drops whatever frames its in-isolate calls left.
    const outerExits = pendingExits;
    pendingExits = 0;
    running++;
    try {
      return runVerb(key, ctx);
    } finally {
      running--;
      // After the outermost run, promise callbacks may still run (see `op`): they first pop the
      // frames of calls that returned. After a nested run, the host drops those frames itself.
      if (running > 0) pendingExits = outerExits;
    }
  }
  function runVerb(key, ctx) {
    let values;
    try {
      values = fromWire(parseJson(ctx));
    } catch (e) {
      return errorEnvelope(e);
    }
    const self = values[0];
    values.shift();
    // The command's variables are the same for every verb of the task: kept for in-isolate calls.
    command = values.slice(4, 11);
    commandWords = isArray(values[11]) ? values[11].slice() : [];
    taskPlayer = values[0];
    return invokeVerb(verbs.get(key), self === null ? undefined : self, values);
  }
  /**
   * Runs a defined verb function: `[0, result]` with the result already copied by `wire` (in the
   * verb's own frame), or the error as an envelope.
   */
  function invokeVerb(fn, self, values) {
    try {
      const v = apply(fn, self, values);
      if (fatalError !== null) throw fatalError;
      if (v !== null && typeof v === "object" && typeof v.then === "function") {
        throw new TypeError("verbs must return a value, not a promise");
      }
      return [0, wire(v)];
    } catch (e) {
      return errorEnvelope(e);
    }
  }
  /**
   * `obj.call(name, ...args)`: the host checks the call and pushes the callee's frame (`enter`),
   * the verb runs here, and its frame is popped by the host at the caller's next operation (or at
   * once by `fail`). The result, or the error as an envelope, is copied while the callee's frame is
   * still the acting one, so no getter, proxy or thrown object of the callee's code ever runs in
   * the caller's frame; the caller gets a copy or a fresh HostError.
   */
  function callInIsolate(id, name, wiredArgs) {
    // The host needs neither the arguments nor the command: it answers with the verb's key and
    // the caller. The arguments never leave the isolate; `wire` copied (and bounded) them.
    const entry = op("enter", id, name);
    const values = [taskPlayer, entry[1], name, fromWire(wiredArgs)];
    for (let i = 0; i < command.length; i++) values.push(command[i]);
    values.push(commandWords.slice());
    const env = invokeVerb(verbs.get(entry[0]), handle(id), values);
    if (env[0] !== 0) {
      // The host pops the callee's frame and answers with the failure (a HostError, or the task's
      // fatal error) to raise here, in the caller.
      op("fail", env);
      throw new TypeError("a failed call returned");
    }
    // The callee's frame is popped by the host at the next operation (see `op`).
    pendingExits++;
    return fromWire(env[1]);
  }
  function setDeadline(ms) {
    deadline = ms;
  }
  /**
   * Readies this context for the next task (contexts are reused: a fresh one costs ~2 ms). Every
   * intrinsic and the global object are frozen (lockDown) and object handles are frozen, so the
   * per-task state is exactly these variables. A context that hit a fatal error is never reused.
   */
  function reset(nextSerial) {
    if (fatalError !== null) return false;
    serial = nextSerial;
    pendingExits = 0;
    taskPlayer = null;
    command = [];
    commandWords = [];
    running = 0;
    deadline = Number.POSITIVE_INFINITY;
    ticks = 0;
    if (handles.size > 10000) handles.clear();
    return true;
  }

  // ------------------------------------------------------------------ lock down the context
  // Promise handlers rethrow a pending fatal error before running (verb functions tick anyway).
  const promiseProto = Promise.prototype;
  const originalThen = promiseProto.then;
  function guard(f) {
    return typeof f === "function"
      ? function guarded(v) {
          r();
          return apply(f, undefined, [v]);
        }
      : f;
  }
  // biome-ignore lint/suspicious/noThenProperty: replacing Promise.prototype.then is the point
  Object.defineProperty(promiseProto, "then", {
    value: function then(onFulfilled, onRejected) {
      return apply(originalThen, this, [guard(onFulfilled), guard(onRejected)]);
    },
    writable: false,
    configurable: false,
  });

  // No code generation from strings: it would run uninstrumented code.
  // biome-ignore lint/suspicious/noShadowRestrictedNames: the stub stands in for Function
  const noCodegen = function Function() {
    throw new EvalError("code generation from strings is not available");
  };
  const fnProtos = [
    OriginalFunction.prototype,
    getProto(function* () {}),
    getProto(async () => {}),
    getProto(async function* () {}),
  ];
  for (const p of fnProtos) Object.defineProperty(p, "constructor", { value: noCodegen });
  Object.defineProperty(noCodegen, "prototype", { value: OriginalFunction.prototype });
  G.Function = noCodegen;
  G.eval = function evalDisabled() {
    throw new EvalError("eval is not available");
  };
  for (const name of ["WebAssembly", "SharedArrayBuffer", "Atomics", "FinalizationRegistry", "WeakRef", "console"]) {
    delete G[name];
  }
  // RegExp's legacy static accessors (RegExp.$1, RegExp.lastMatch, RegExp.input, …) expose the last
  // match made by any code in the context, e.g. another owner's verb or an earlier task.
  for (const k of ownKeys(RegExp)) {
    const d = getOwnDesc(RegExp, k);
    if (typeof k === "string" && d !== undefined && (d.get !== undefined || d.set !== undefined)) delete RegExp[k];
  }
  Error.stackTraceLimit = 60;

  /** Freezes everything reachable from the global object and the hidden intrinsics. */
  function lockDown() {
    const roots = [
      getProto(G),
      sdk,
      helpers,
      systemObjects,
      ...fnProtos,
      getProto([][Symbol.iterator]()),
      getProto(getProto([][Symbol.iterator]())),
      getProto(new Map().entries()),
      getProto(new Set().values()),
      getProto(""[Symbol.iterator]()),
      getProto(/a/[Symbol.matchAll]("")),
      getProto(Int8Array),
      getProto(Int8Array.prototype),
    ];
    const seen = new Set();
    for (const k of ownKeys(G)) {
      const d = getOwnDesc(G, k);
      if (d !== undefined && hasOwn.call(d, "value")) roots.push(d.value);
    }
    const stack = roots;
    while (stack.length > 0) {
      const o = stack.pop();
      if ((typeof o !== "object" && typeof o !== "function") || o === null || seen.has(o)) continue;
      seen.add(o);
      const ks = ownKeys(o);
      // A plain built-in method (own keys: length, name) has nothing to replace: skipping it
      // halves the cost of this walk. Constructors, namespaces and prototypes are frozen.
      if (typeof o === "function" && ks.length <= 2 && getProto(o) === functionProto) continue;
      if (o !== G) freeze(o);
      stack.push(getProto(o));
      for (let i = 0; i < ks.length; i++) {
        const d = getOwnDesc(o, ks[i]);
        if (d === undefined) continue;
        const v = d.value;
        if (v !== undefined) {
          if ((typeof v === "object" && v !== null) || typeof v === "function") stack.push(v);
        } else {
          if (d.get) stack.push(d.get);
          if (d.set) stack.push(d.set);
        }
      }
    }
    freeze(MooObject);
    freeze(MooObject.prototype);
  }

  const api = freeze({ define, run, setDeadline, reset });
  Object.defineProperty(G, "mooInstall", {
    configurable: true,
    writable: false,
    enumerable: false,
    value: function mooInstall(hostCallback, contextSerial, limits) {
      delete G.mooInstall;
      lockDown();
      freeze(G);
      host = hostCallback;
      serial = contextSerial;
      MAX_NODES = limits.maxValueNodes;
      MAX_CHARS = limits.maxValueChars;
      return api;
    },
  });
})();
