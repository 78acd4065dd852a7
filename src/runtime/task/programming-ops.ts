/**
 * SDK operations for programming the world from inside it (issue 7): verbs and properties as data
 * (list, read, add, change, remove), ACL rows, aliases / obvious / placement, player roles,
 * connected players, server statistics and account requests. Each one takes the acting
 * permissions from the task's top frame and lets the world model check them (HostWorld); the
 * few checks that live here (wizard-only operations, account rules) say so.
 */
import { randomBytes } from "node:crypto";
import { InvalidArgument, LimitError, NoSuchVerbError, PermissionDenied, UserError } from "../../core/errors.js";
import type { ObjId } from "../../core/ids.js";
import { isObjRef, type MooValue, ref } from "../../core/values.js";
import { anyVerbNameMatches } from "../../core/verb-spec.js";
import { canonicalPrep, PLACEMENT_PREPS } from "../../parser/prepositions.js";
import { hasVerbHeader, parseVerbHeader } from "../../parser/verb-header.js";
import { LOGIN_PATTERN, parsePublicKeyLine } from "../../world/accounts.js";
import { passwordProblem } from "../../world/password.js";
import { compileVerb } from "../compile/compile.js";
import type { HostAclRow, HostObjSpec, HostPrepSpec, HostSubject, HostVerbRecord, HostWorld } from "../host-world.js";
import type { AccountRequest, RuntimeEffect, VerbCallback } from "./effects.js";
import type { RuntimeServices } from "./services.js";
import { nameFromSandbox, objIdFromSandbox, stringFromSandbox, valueFromSandbox } from "./values.js";

/** What these operations need from the running task. */
export interface OpsHost {
  readonly world: HostWorld;
  readonly player: ObjId;
  readonly perms: ObjId;
  /** The owner of the running verb (wizard-owned verbs may do more, even after setTaskPerms). */
  readonly verbOwner: ObjId;
  readonly effects: RuntimeEffect[];
  readonly services: RuntimeServices;
  readable(id: ObjId): void;
  valueLimits(): { maxNodes: number; maxChars: number };
  callbackFrom(v: MooValue): VerbCallback | null;
}

type Op = (a: unknown, b: unknown, c: unknown, d: unknown) => unknown;

const OBJ_SPECS = new Set(["this", "any", "none", "either"]);
const ARG_SPECS = new Set(["this", "any", "none"]);
const PERMISSIONS = new Set([
  "read",
  "write",
  "entrust",
  "grant",
  "execute",
  "move",
  "transmute",
  "derive",
  "anything",
]);
const GROUPS = new Set(["everyone", "owners", "wizards"]);
/** Largest verb source accepted (characters). */
const MAX_SOURCE = 200_000;

/** The first doc comment of a verb's source (after the `// @verb` header), as plain text. */
export function docOf(source: string): string {
  const lines = source.split("\n");
  let i = 0;
  while (i < lines.length && (/^\s*$/.test(lines[i] ?? "") || /^\s*\/\/\s*@verb\b/.test(lines[i] ?? ""))) i++;
  const first = lines[i] ?? "";
  if (!/^\s*\/\*\*/.test(first)) return "";
  const out: string[] = [];
  for (let j = i; j < lines.length && j < i + 60; j++) {
    let l = lines[j] ?? "";
    const end = l.indexOf("*/");
    if (j === i) l = l.replace(/^\s*\/\*\*/, "");
    const text = (end >= 0 ? l.slice(0, l.indexOf("*/")) : l).replace(/^\s*\*(?!\/)\s?/, "").trimEnd();
    out.push(text.trim());
    if (end >= 0) break;
  }
  return out.join("\n").trim();
}

export function programmingOps(t: OpsHost): Map<string, Op> {
  const w = t.world;
  const id = objIdFromSandbox;
  const ops = new Map<string, Op>();
  const value = (v: unknown): MooValue => valueFromSandbox(v, t.valueLimits());

  // ---------------------------------------------------------------- helpers

  const verbSubject = (obj: ObjId, v: HostVerbRecord): HostSubject => ({ kind: "verb", obj, verbId: v.id });

  /** A verb defined on `obj` itself: by number, or by name (exact pattern first, then matching). */
  const ownVerb = (obj: ObjId, x: unknown): HostVerbRecord => {
    const r = w.obj(obj);
    if (typeof x === "number") {
      const v = r.verbs.find((y) => y.id === x);
      if (!v) throw new NoSuchVerbError(`#${x}`);
      return v;
    }
    const name = nameFromSandbox(x, "verb name");
    const lower = name.toLowerCase();
    const v =
      r.verbs.find((y) => y.names.some((n) => n.toLowerCase() === lower)) ??
      r.verbs.find((y) => anyVerbNameMatches(y.names, name));
    if (!v) throw new NoSuchVerbError(name);
    return v;
  };

  const verbInfo = (definer: ObjId, v: HostVerbRecord): MooValue => {
    const s = verbSubject(definer, v);
    const readable = w.can(t.perms, "read", s);
    const executable = w.can(t.perms, "execute", s);
    return {
      id: v.id,
      names: [...v.names],
      definer: ref(definer),
      owner: ref(v.owner),
      dspec: v.dspec,
      ispecs: v.ispecs.map((p) => ({ prep: p.prep, spec: p.spec })),
      readable,
      executable,
      doc: readable || executable ? docOf(v.source) : "",
    };
  };

  const objSpec = (v: unknown): HostObjSpec => {
    if (typeof v !== "string" || !OBJ_SPECS.has(v))
      throw new InvalidArgument("dspec must be this, any, none or either");
    return v as HostObjSpec;
  };

  const prepSpecs = (v: unknown): HostPrepSpec[] => {
    if (!Array.isArray(v)) throw new InvalidArgument("ispecs must be a list of { prep, spec }");
    if (v.length > 20) throw new InvalidArgument("too many ispecs");
    return v.map((x) => {
      if (x === null || typeof x !== "object" || Array.isArray(x) || isObjRef(x))
        throw new InvalidArgument("ispecs must be a list of { prep, spec }");
      const typed = typeof x.prep === "string" ? x.prep.trim().toLowerCase().replace(/_/g, " ") : "";
      const spec = x.spec;
      if (typeof spec !== "string" || !ARG_SPECS.has(spec))
        throw new InvalidArgument("an ispec's spec is this, any or none");
      const prep = typed === "any" || typed === "none" ? typed : canonicalPrep(typed);
      if (!prep) throw new InvalidArgument(`'${typed}' is not a preposition.`);
      return { prep, spec: spec as HostPrepSpec["spec"] };
    });
  };

  const names = (v: unknown): string[] => {
    const list = typeof v === "string" ? v.trim().split(/\s+/) : v;
    if (!Array.isArray(list) || list.length === 0 || list.length > 50)
      throw new InvalidArgument("verb names must be a non-empty list of names");
    return list.map((n) => nameFromSandbox(n, "verb name"));
  };

  /** Compiles verb source; a `// @verb` header's argument specs come along. CompileError stops here. */
  const compile = (
    src: unknown,
  ): { source: string; compiled: string; dspec?: HostObjSpec; ispecs?: HostPrepSpec[] } => {
    const source = stringFromSandbox(src, "verb code", MAX_SOURCE);
    const compiled = compileVerb(source).js;
    if (!hasVerbHeader(source)) return { source, compiled };
    const h = parseVerbHeader(source);
    return { source, compiled, dspec: h.dspec, ispecs: h.ispecs };
  };

  const record = (v: unknown): Record<string, MooValue> => {
    const o = value(v);
    if (o === null || o === undefined) return {};
    if (typeof o !== "object" || Array.isArray(o) || isObjRef(o))
      throw new InvalidArgument("options must be an object");
    return o;
  };

  const objOpt = (v: MooValue | undefined, what: string): ObjId | undefined => {
    if (v === undefined || v === null) return undefined;
    if (!isObjRef(v)) throw new InvalidArgument(`${what} must be an object`);
    w.obj(v.id);
    return v.id;
  };

  const aclSubject = (obj: ObjId, target: unknown): HostSubject => {
    const o = record(target);
    if (o.verb !== undefined && o.prop !== undefined) throw new InvalidArgument("name a verb or a property, not both");
    if (o.verb !== undefined) {
      const found = ownVerbOrInherited(obj, o.verb);
      return { kind: "verb", obj: found.definer, verbId: found.verb.id };
    }
    if (o.prop !== undefined) {
      const name = nameFromSandbox(o.prop, "property name");
      if (!w.findProp(obj, name)) throw new UserError(`There is no '${name}' property defined.`, "E_PROPNF");
      return { kind: "property", obj, name };
    }
    return { kind: "object", obj };
  };

  /** For ACLs: a verb on the object, or inherited (then the subject is its definer's verb). */
  const ownVerbOrInherited = (obj: ObjId, x: MooValue): { verb: HostVerbRecord; definer: ObjId } => {
    if (typeof x === "number") return { verb: ownVerb(obj, x), definer: obj };
    const name = nameFromSandbox(x, "verb name");
    for (const { id: a } of w.ancestors(obj)) {
      try {
        return { verb: ownVerb(a, name), definer: a };
      } catch {
        /* not here */
      }
    }
    throw new NoSuchVerbError(name);
  };

  const rowOut = (r: HostAclRow): MooValue => ({
    rule: r.rule,
    permission: r.permission,
    ...(r.group !== null ? { group: r.group } : {}),
    ...(r.accessor !== null ? { who: ref(r.accessor) } : {}),
  });

  const rowIn = (v: MooValue): HostAclRow => {
    if (v === null || typeof v !== "object" || Array.isArray(v) || isObjRef(v))
      throw new InvalidArgument("an ACL row is { rule, permission, group | who }");
    const rule = v.rule;
    const permission = v.permission;
    if (rule !== "allow" && rule !== "deny") throw new InvalidArgument("an ACL rule is 'allow' or 'deny'");
    if (typeof permission !== "string" || !PERMISSIONS.has(permission))
      throw new InvalidArgument(`'${String(permission)}' is not a permission`);
    const group = v.group === undefined || v.group === null ? null : v.group;
    if (group !== null && (typeof group !== "string" || !GROUPS.has(group)))
      throw new InvalidArgument("an ACL group is everyone, owners or wizards");
    const who = objOpt(v.who, "who");
    if ((group === null) === (who === undefined)) throw new InvalidArgument("an ACL row names either a group or who");
    return {
      rule,
      permission: permission as HostAclRow["permission"],
      group: group as HostAclRow["group"],
      accessor: who ?? null,
    };
  };

  const requireWizardPerms = (what: string): void => {
    if (!w.isWizard(t.perms)) throw new PermissionDenied(`Only wizards may ${what}.`);
  };
  const requireWizardVerb = (what: string): void => {
    if (!w.isWizard(t.verbOwner)) throw new PermissionDenied(`Only wizard-owned verbs may ${what}.`);
  };

  // ---------------------------------------------------------------- object fields

  ops.set("setAliases", (a, b) => {
    const list = value(b);
    if (!Array.isArray(list) || list.length > 100 || !list.every((x) => typeof x === "string"))
      throw new InvalidArgument("aliases must be a list of strings");
    w.setAliases(t.perms, id(a), list as string[]);
    return null;
  });
  ops.set("setObvious", (a, b) => {
    w.setObvious(t.perms, id(a), b === true);
    return null;
  });
  ops.set("setPlacement", (a, b, c) => {
    const o = id(a);
    if (b === null) {
      w.setPlacement(t.perms, o, null);
      return null;
    }
    const prep = canonicalPrep(stringFromSandbox(b, "preposition", 40));
    if (!prep || !PLACEMENT_PREPS.has(prep))
      throw new InvalidArgument("a placement is on, under, behind, before, beside or over");
    const target = id(c, "target");
    w.obj(target);
    if (w.obj(target).location !== w.obj(o).location)
      throw new InvalidArgument(`${w.label(o)} and ${w.label(target)} are not in the same place.`);
    w.setPlacement(t.perms, o, { prep, target });
    return null;
  });

  // ---------------------------------------------------------------- verbs

  ops.set("verbs", (a, b) => {
    const o = id(a);
    t.readable(o);
    if (b !== true) return w.obj(o).verbs.map((v) => verbInfo(o, v));
    const out: MooValue[] = [];
    for (const { id: anc } of w.ancestors(o)) {
      if (!w.valid(anc)) continue;
      for (const v of w.obj(anc).verbs) out.push(verbInfo(anc, v));
    }
    return out;
  });
  ops.set("findVerb", (a, b) => {
    const o = id(a);
    t.readable(o);
    const hit = w.findVerb(o, nameFromSandbox(b, "verb name"));
    if (!hit) return null;
    const v = w.obj(hit.origin).verbs.find((x) => x.id === hit.verb.id);
    return v ? verbInfo(hit.origin, v) : null;
  });
  ops.set("verbCode", (a, b) => {
    const o = id(a);
    const v = ownVerb(o, b);
    w.check(t.perms, "read", verbSubject(o, v));
    return v.source;
  });
  ops.set("addVerb", (a, b, c) => {
    const o = id(a);
    const n = names(value(b));
    const opts = record(c);
    const code = compile(opts.code ?? "");
    const verbId = w.addVerb(t.perms, o, {
      names: n,
      dspec: opts.dspec !== undefined ? objSpec(opts.dspec) : (code.dspec ?? "none"),
      ispecs: opts.ispecs !== undefined ? prepSpecs(opts.ispecs) : (code.ispecs ?? []),
      source: code.source,
      compiled: code.compiled,
      ...(opts.owner !== undefined ? { owner: objOpt(opts.owner, "owner") as ObjId } : {}),
    });
    return verbInfo(o, ownVerb(o, verbId));
  });
  ops.set("setVerbCode", (a, b, c) => {
    const o = id(a);
    const v = ownVerb(o, b);
    w.check(t.perms, "write", verbSubject(o, v));
    const code = compile(c);
    w.setVerbCode(t.perms, o, v.id, code.source, code.compiled);
    if (code.dspec !== undefined) {
      w.setVerbInfo(t.perms, o, v.id, { dspec: code.dspec, ispecs: code.ispecs ?? [] });
    }
    return verbInfo(o, ownVerb(o, v.id));
  });
  ops.set("setVerbInfo", (a, b, c) => {
    const o = id(a);
    const v = ownVerb(o, b);
    const opts = record(c);
    const info: Parameters<HostWorld["setVerbInfo"]>[3] = {};
    if (opts.names !== undefined) info.names = names(opts.names);
    if (opts.dspec !== undefined) info.dspec = objSpec(opts.dspec);
    if (opts.ispecs !== undefined) info.ispecs = prepSpecs(opts.ispecs);
    if (opts.owner !== undefined) info.owner = objOpt(opts.owner, "owner") as ObjId;
    w.setVerbInfo(t.perms, o, v.id, info);
    return verbInfo(o, ownVerb(o, v.id));
  });
  ops.set("removeVerb", (a, b) => {
    const o = id(a);
    const v = ownVerb(o, b);
    w.deleteVerb(t.perms, o, v.id);
    return null;
  });
  ops.set("checkCode", (a) => {
    try {
      compile(a);
      return null;
    } catch (e) {
      if (e instanceof UserError && e.code === "E_COMPILE") {
        const line = (e as { line?: number }).line ?? 1;
        return { line, message: e.message.replace(/\s*\(line \d+\)$/, "") };
      }
      if (e instanceof InvalidArgument) return { line: 1, message: e.message };
      throw e;
    }
  });

  // ---------------------------------------------------------------- properties

  ops.set("properties", (a) => {
    const o = id(a);
    t.readable(o);
    const out: MooValue[] = [];
    for (const name of w.propNames(o)) {
      const p = w.findProp(o, name);
      if (!p) continue;
      const s: HostSubject = { kind: "property", obj: o, name };
      const readable = w.can(t.perms, "read", s);
      out.push({
        name,
        definer: ref(p.definer),
        owner: ref(p.owner),
        inheritOwner: p.def.inheritOwner,
        readable,
        writable: w.can(t.perms, "write", s),
        clear: p.definer !== o && p.own?.value === undefined,
        ...(readable ? { value: p.value } : {}),
      });
    }
    return out;
  });
  ops.set("defineProp", (a, b, c, d) => {
    const o = id(a);
    const name = nameFromSandbox(b, "property name");
    const opts = record(d);
    const owner = objOpt(opts.owner, "owner");
    w.defineProp(t.perms, o, name, value(c), {
      ...(owner !== undefined ? { owner } : {}),
      ...(opts.inheritOwner !== undefined ? { inheritOwner: opts.inheritOwner === true } : {}),
    });
    return null;
  });
  ops.set("deleteProp", (a, b) => {
    w.deleteProp(t.perms, id(a), nameFromSandbox(b, "property name"));
    return null;
  });
  ops.set("clearProp", (a, b) => {
    w.clearProp(t.perms, id(a), nameFromSandbox(b, "property name"));
    return null;
  });
  ops.set("setPropInfo", (a, b, c) => {
    const opts = record(c);
    const owner = objOpt(opts.owner, "owner");
    w.setPropInfo(t.perms, id(a), nameFromSandbox(b, "property name"), {
      ...(owner !== undefined ? { owner } : {}),
      ...(opts.inheritOwner !== undefined ? { inheritOwner: opts.inheritOwner === true } : {}),
    });
    return null;
  });

  // ---------------------------------------------------------------- ACLs

  ops.set("getAcl", (a, b) => {
    const o = id(a);
    w.obj(o);
    return w.getAcl(t.perms, aclSubject(o, b)).map(rowOut);
  });
  ops.set("setAcl", (a, b, c) => {
    const o = id(a);
    w.obj(o);
    const rows = value(c);
    if (!Array.isArray(rows) || rows.length > 100) throw new InvalidArgument("ACL rows must be a list");
    w.setAcl(t.perms, aclSubject(o, b), rows.map(rowIn));
    return null;
  });

  // ---------------------------------------------------------------- players and the server

  ops.set("roles", (a) => {
    const r = w.obj(id(a));
    return {
      player: r.isPlayer,
      builder: r.builder || r.programmer || r.wizard,
      programmer: r.programmer || r.wizard,
      wizard: r.wizard,
    };
  });
  ops.set("setRoles", (a, b) => {
    const o = id(a);
    const opts = record(b);
    const roles: { player?: boolean; wizard?: boolean; programmer?: boolean; builder?: boolean } = {};
    for (const k of ["player", "wizard", "programmer", "builder"] as const) {
      if (opts[k] !== undefined) roles[k] = opts[k] === true;
    }
    w.obj(o);
    w.setRoles(t.perms, o, roles);
    return null;
  });
  ops.set("connectedPlayers", () => {
    const seen = new Set<ObjId>();
    for (const c of t.services.connections?.() ?? []) if (w.valid(c.player)) seen.add(c.player);
    return [...seen].sort((x, y) => x - y).map(ref);
  });
  ops.set("connectionInfo", (a) => {
    const who = id(a);
    const now = Date.now();
    let first = Number.POSITIVE_INFINITY;
    let last = 0;
    let n = 0;
    for (const c of t.services.connections?.() ?? []) {
      if (c.player !== who) continue;
      n++;
      first = Math.min(first, c.connectedAt);
      last = Math.max(last, c.lastInput);
    }
    if (n === 0) return null;
    return {
      connections: n,
      connectedSeconds: Math.max(0, Math.floor((now - first) / 1000)),
      idleSeconds: Math.max(0, Math.floor((now - last) / 1000)),
    };
  });
  ops.set("serverInfo", () => {
    requireWizardPerms("read server statistics");
    let objects = 0;
    let verbs = 0;
    let players = 0;
    let recycled = 0;
    for (const o of w.allIds()) {
      if (!w.valid(o)) {
        recycled++;
        continue;
      }
      const r = w.obj(o);
      objects++;
      verbs += r.verbs.length;
      if (r.isPlayer) players++;
    }
    const conns = t.services.connections?.() ?? [];
    const f = t.services.serverFigures?.();
    const mem = process.memoryUsage();
    return {
      version: f?.version ?? "unknown",
      node: process.version,
      pid: process.pid,
      memoryMb: Math.round(mem.rss / 1048576),
      uptimeSeconds: Math.floor((Date.now() - (f?.startedAt ?? Date.now())) / 1000),
      objects,
      recycled,
      verbs,
      players,
      connections: conns.length,
      connectedPlayers: new Set(conns.map((c) => c.player)).size,
      tasksQueued: f?.tasksQueued ?? 0,
      tasksScheduled: f?.tasksScheduled ?? null,
    };
  });
  ops.set("generatePassword", () => randomBytes(12).toString("base64url"));

  // ---------------------------------------------------------------- accounts

  ops.set("account", (a, b) => {
    requireWizardVerb("manage accounts");
    const req = record(a);
    const playerIsWizard = w.isWizard(t.player);
    const avatarOf = (v: MooValue | undefined): ObjId => {
      const o = objOpt(v, "player");
      if (o === undefined || !w.obj(o).isPlayer) throw new InvalidArgument("player must be a player object");
      // Someone else's account: only when a wizard typed the command (defence in depth).
      if (o !== t.player && !playerIsWizard) throw new PermissionDenied("That is not your account.");
      return o;
    };
    const str = (v: MooValue | undefined, what: string, max = 4096): string => {
      if (typeof v !== "string") throw new InvalidArgument(`${what} must be a string`);
      if (v.length > max) throw new LimitError(`${what} too long`);
      return v;
    };
    let request: AccountRequest;
    switch (req.op) {
      case "create": {
        if (!playerIsWizard) throw new PermissionDenied("Only wizards may create accounts.");
        const login = str(req.login, "login", 64).trim().toLowerCase();
        if (!LOGIN_PATTERN.test(login))
          throw new UserError(
            "Login names are 2-32 characters: letters, digits, '_', '.', '-', starting with a letter.",
          );
        if (t.services.accounts?.loginTaken(login) || pendingLogin(t.effects, login))
          throw new UserError(`The login name '${login}' is taken.`);
        const password = str(req.password, "password");
        const problem = passwordProblem(password);
        if (problem) throw new UserError(problem);
        const avatar = objOpt(req.player, "player");
        if (avatar === undefined || !w.obj(avatar).isPlayer)
          throw new InvalidArgument("player must be a player object");
        if (t.services.accounts?.hasAccount(avatar)) throw new UserError(`${w.label(avatar)} already has an account.`);
        request = { op: "create", login, password, avatar };
        break;
      }
      case "setPassword": {
        const avatar = avatarOf(req.player);
        const password = str(req.password, "password");
        const problem = passwordProblem(password);
        if (problem) throw new UserError(problem);
        const old = req.old === undefined || req.old === null || req.old === "" ? null : str(req.old, "old password");
        if (old === null && !playerIsWizard) throw new PermissionDenied("You must give your old password.");
        request = { op: "setPassword", avatar, password, old };
        break;
      }
      case "info":
      case "keys":
        request = { op: req.op, avatar: avatarOf(req.player) };
        break;
      case "addKey": {
        const avatar = avatarOf(req.player);
        const key = str(req.key, "key", 16_384);
        parsePublicKeyLine(key);
        request = { op: "addKey", avatar, key };
        break;
      }
      case "removeKey": {
        const avatar = avatarOf(req.player);
        const index = req.index;
        if (typeof index !== "number" || !Number.isInteger(index) || index < 1)
          throw new InvalidArgument("index must be a key number (1, 2, …)");
        request = { op: "removeKey", avatar, index };
        break;
      }
      case "suspend":
      case "unsuspend":
      case "ban": {
        // Moderation: a wizard typed the command; staff (wizards) and oneself cannot be sanctioned.
        if (!playerIsWizard) throw new PermissionDenied("Only wizards may suspend or ban players.");
        const avatar = avatarOf(req.player);
        if (req.op !== "unsuspend") {
          if (avatar === t.player) throw new UserError("You cannot sanction yourself.");
          if (w.isWizard(avatar)) throw new UserError("Staff accounts cannot be sanctioned.");
        }
        const reason =
          req.reason === undefined || req.reason === null || req.reason === "" ? null : str(req.reason, "reason", 500);
        const label = w.label(avatar);
        if (req.op === "unsuspend") request = { op: "unsuspend", avatar, label };
        else if (req.op === "ban") request = { op: "ban", avatar, label, reason };
        else {
          const hours = req.hours === undefined || req.hours === null ? null : req.hours;
          if (hours !== null && (typeof hours !== "number" || !(hours > 0) || hours > 24 * 365 * 100))
            throw new UserError("The number of hours must be a positive number (at most 100 years).");
          request = { op: "suspend", avatar, label, hours, reason };
        }
        break;
      }
      case "auditLog": {
        if (!playerIsWizard) throw new PermissionDenied("Only wizards may read the audit log.");
        const avatar = objOpt(req.player, "player") ?? null;
        const limit = req.limit === undefined ? 30 : req.limit;
        if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1 || limit > 500)
          throw new InvalidArgument("limit must be a whole number from 1 to 500");
        request = { op: "auditLog", avatar, limit };
        break;
      }
      default:
        throw new InvalidArgument(
          "op must be create, setPassword, info, keys, addKey, removeKey, suspend, unsuspend, ban or auditLog",
        );
    }
    const callback = b === null || b === undefined ? null : t.callbackFrom(value(b));
    if (callback) {
      const cb = record(b);
      callback.args = Array.isArray(cb.args) ? cb.args : [];
    }
    t.effects.push({ type: "account", request, player: t.player, by: t.perms, callback });
    return null;
  });

  return ops;
}

function pendingLogin(effects: readonly RuntimeEffect[], login: string): boolean {
  return effects.some((e) => e.type === "account" && e.request.op === "create" && e.request.login === login);
}
