/**
 * The game side of `core/admin.ts`: what the web admin and web signup do to the world. Reads come
 * from a fresh world transaction (never committed); writes run as the logged-in account's avatar
 * through the same permission-checked `WorldTx` operations verbs use, committed with
 * `World.commit`, inside the task queue's order (`serialize`) so they never interleave with a
 * game task, and re-run on a commit conflict (several processes on PostgreSQL).
 */
import type {
  AdminAccount,
  AdminAccountChange,
  AdminAclRow,
  AdminAclSubject,
  AdminAuditEntry,
  AdminObject,
  AdminObjectChange,
  AdminObjectSummary,
  AdminProp,
  AdminSchedule,
  AdminService,
  AdminSession,
  AdminVerb,
  AdminVerbChange,
  AdminVerbSummary,
  CompileProblem,
  ObjLink,
  SignupRequest,
} from "../core/admin.js";
import {
  CompileError,
  ConflictError,
  InvalidArgument,
  NoSuchPropertyError,
  PermissionDenied,
  UserError,
} from "../core/errors.js";
import type { AccountInfo, ConnectionInfo } from "../core/gateway.js";
import { NOTHING, type ObjId } from "../core/ids.js";
import { decodeValue, fromWire, toWire } from "../core/values.js";
import type { ObjSpec, PrepSpec } from "../core/verb-spec.js";
import { canonicalPrep } from "../parser/index.js";
import type { Store } from "../storage/store.js";
import {
  type Accounts,
  type AclRow,
  type AclSubjectRef,
  aclAllows,
  createPlayer,
  type ObjectRecord,
  type VerbRecord,
  type World,
  type WorldTx,
} from "../world/index.js";

export interface AdminConnection {
  id: string;
  player: ObjId;
  info: ConnectionInfo;
  connectedAt: number;
  lastInput: number;
}

export interface WorldAdminOptions {
  world: World;
  accounts: Accounts;
  store: Store;
  /** Compiles verb source to the stored JavaScript; throws CompileError. */
  compile: (source: string) => string;
  /** Runs a write between game tasks (the queue's `exclusive`); default: runs it directly. */
  serialize?: <T>(fn: () => Promise<T>) => Promise<T>;
  /** Live game connections of this process. */
  connections?: () => Iterable<AdminConnection>;
}

const OBJ_SPECS = new Set(["this", "any", "none", "either"]);
const PREP_SPECS = new Set(["this", "any", "none"]);
const CHARACTER_NAME = /^[A-Za-z][A-Za-z0-9' -]{1,31}$/;
const RESERVED_NAMES = new Set(["me", "here", "everyone", "nobody", "nothing", "system", "wizard"]);
const MAX_ATTEMPTS = 8;

export class WorldAdminService implements AdminService {
  private readonly world: World;
  private readonly accounts: Accounts;
  private readonly store: Store;
  private readonly serialize: <T>(fn: () => Promise<T>) => Promise<T>;

  constructor(private readonly opts: WorldAdminOptions) {
    this.world = opts.world;
    this.accounts = opts.accounts;
    this.store = opts.store;
    this.serialize = opts.serialize ?? ((fn) => fn());
  }

  // ---------------------------------------------------------------- signup

  async signup(req: SignupRequest): Promise<AccountInfo> {
    const name = req.characterName.trim().replace(/\s+/g, " ");
    if (!CHARACTER_NAME.test(name)) {
      throw new InvalidArgument(
        "Character names are 2-32 characters: letters, digits, spaces, ' and -, starting with a letter.",
      );
    }
    if (RESERVED_NAMES.has(name.toLowerCase())) throw new InvalidArgument(`'${name}' cannot be used as a name.`);
    const login = req.login.trim();
    const { account, avatar } = await this.serialize(() =>
      createPlayer(this.world, this.accounts, { login, password: req.password, name }),
    );
    const r = this.world.state.get(avatar);
    return {
      accountId: account.id,
      login: account.login,
      avatar,
      avatarName: r?.name ?? name,
      wizard: false,
      programmer: false,
      builder: false,
    };
  }

  // ---------------------------------------------------------------- objects

  async listObjects(actor: ObjId, query: string, limit: number): Promise<AdminObjectSummary[]> {
    const tx = this.world.begin();
    this.requireProgrammer(tx, actor);
    const wizard = tx.isWizard(actor);
    const q = query.trim().toLowerCase();
    const idQuery = /^#?-?\d+$/.test(q) ? Number(q.replace("#", "")) : null;
    const out: AdminObjectSummary[] = [];
    for (const id of tx.allIds()) {
      const r = tx.rec(id);
      if (!r) continue;
      if (idQuery !== null) {
        if (id !== idQuery) continue;
      } else if (q !== "") {
        const names = [r.name, ...r.aliases].map((n) => n.toLowerCase());
        if (!names.some((n) => n.includes(q))) continue;
      }
      if (!wizard && (r.recycled || !this.editsSomething(tx, actor, r))) continue;
      out.push(this.summary(tx, actor, r));
      if (out.length >= limit) break;
    }
    return out;
  }

  async getObject(actor: ObjId, id: ObjId): Promise<AdminObject> {
    const tx = this.world.begin();
    this.requireProgrammer(tx, actor);
    const r = tx.rec(id);
    if (!r) throw new InvalidArgument(`#${id} does not exist.`);
    const subject: AclSubjectRef = { kind: "object", obj: id };
    const live = !r.recycled;
    const can = {
      write: live && tx.can(actor, "write", subject),
      entrust: live && tx.can(actor, "entrust", subject),
      transmute: live && tx.can(actor, "transmute", subject),
      move: live && tx.can(actor, "move", subject),
      grant: live && tx.can(actor, "grant", subject),
    };
    const props: AdminProp[] = live ? tx.propNames(id).map((name) => this.prop(tx, actor, id, name)) : [];
    const inheritedVerbs: AdminVerbSummary[] = [];
    if (live) {
      for (const { id: a } of tx.ancestors(id)) {
        if (a === id) continue;
        for (const v of tx.rec(a)?.verbs ?? []) inheritedVerbs.push(this.verbSummary(tx, actor, a, v));
      }
    }
    return {
      ...this.summary(tx, actor, r),
      aliases: [...r.aliases],
      obvious: r.obvious,
      contents: r.contents.map((c) => link(tx, c)),
      children: live
        ? tx
            .allIds()
            .filter((c) => tx.rec(c)?.parents.includes(id))
            .slice(0, 200)
            .map((c) => link(tx, c))
        : [],
      roles: { wizard: r.wizard, programmer: r.programmer, builder: r.builder },
      props,
      verbs: live ? r.verbs.map((v) => this.verbSummary(tx, actor, id, v)) : [],
      inheritedVerbs,
      ...(can.grant ? { acl: r.acl.map(aclOut) } : {}),
      can,
    };
  }

  async updateObject(actor: ObjId, id: ObjId, change: AdminObjectChange): Promise<void> {
    await this.write(actor, (tx) => {
      tx.obj(id);
      if (change.name !== undefined && change.name !== tx.obj(id).name) tx.setName(actor, id, change.name);
      if (change.aliases !== undefined) tx.setAliases(actor, id, strings(change.aliases, "aliases"));
      if (change.obvious !== undefined) tx.setObvious(actor, id, !!change.obvious);
      if (change.parents !== undefined) {
        const parents = ids(change.parents, "parents");
        if (parents.join() !== tx.obj(id).parents.join()) tx.setParents(actor, id, parents);
      }
      if (change.location !== undefined && change.location !== tx.obj(id).location) {
        const dest = objId(change.location, "location");
        // Admin moves skip the destination's `accept` verb, so non-wizards need `write` on it.
        if (dest !== NOTHING && !tx.isWizard(actor)) tx.check(actor, "write", { kind: "object", obj: dest });
        tx.move(actor, id, dest);
      }
      if (change.owner !== undefined && change.owner !== tx.obj(id).owner) {
        tx.setOwner(actor, id, objId(change.owner, "owner"));
      }
    });
  }

  async setProperty(actor: ObjId, id: ObjId, name: string, value: unknown): Promise<void> {
    let v: ReturnType<typeof fromWire>;
    try {
      v = fromWire(value);
    } catch (e) {
      throw new InvalidArgument(`That is not a value a property can hold: ${(e as Error).message}.`);
    }
    await this.write(actor, (tx) => {
      tx.setProp(actor, id, name, v);
      auditEdit(tx, actor, "property_set", id, name);
    });
  }

  async deleteProperty(actor: ObjId, id: ObjId, name: string): Promise<void> {
    await this.write(actor, (tx) => {
      const p = tx.findProp(id, name);
      if (!p) throw new NoSuchPropertyError(name);
      // Defined here: remove the definition; inherited: clear the local value.
      if (p.definer === id) tx.deleteProp(actor, id, name);
      else tx.clearProp(actor, id, name);
      auditEdit(tx, actor, "property_delete", id, name);
    });
  }

  // ---------------------------------------------------------------- verbs

  async getVerb(actor: ObjId, id: ObjId, verbId: number): Promise<AdminVerb> {
    const tx = this.world.begin();
    this.requireProgrammer(tx, actor);
    const v = tx.verb(id, verbId);
    const summary = this.verbSummary(tx, actor, id, v);
    const grant = tx.can(actor, "grant", { kind: "verb", obj: id, verbId });
    return { ...summary, source: summary.readable ? v.source : "", ...(grant ? { acl: v.acl.map(aclOut) } : {}) };
  }

  async addVerb(actor: ObjId, id: ObjId, verb: Required<AdminVerbChange>): Promise<number> {
    const names = verbNames(verb.names);
    const dspec = objSpec(verb.dspec);
    const ispecs = prepSpecs(verb.ispecs);
    const compiled = this.compileOrThrow(verb.source);
    return this.write(actor, (tx) => {
      const verbId = tx.addVerb(actor, id, { names, dspec, ispecs, source: verb.source, compiled });
      auditEdit(tx, actor, "verb_add", id, names.join(" "));
      return verbId;
    });
  }

  async updateVerb(actor: ObjId, id: ObjId, verbId: number, change: AdminVerbChange): Promise<void> {
    const names = change.names !== undefined ? verbNames(change.names) : undefined;
    const dspec = change.dspec !== undefined ? objSpec(change.dspec) : undefined;
    const ispecs = change.ispecs !== undefined ? prepSpecs(change.ispecs) : undefined;
    let source = change.source;
    await this.write(actor, (tx) => {
      const v = tx.verb(id, verbId);
      if (names || dspec || ispecs) {
        tx.setVerbInfo(actor, id, verbId, {
          ...(names ? { names } : {}),
          ...(dspec ? { dspec } : {}),
          ...(ispecs ? { ispecs } : {}),
        });
        // Keep a default-world header (`// @verb look --on $room ...`) in step with the specs.
        const base = source ?? v.source;
        const updated = rewriteHeader(base, names ?? v.names, dspec ?? v.dspec, ispecs ?? v.ispecs);
        if (updated !== base) source = updated;
      }
      if (source !== undefined && source !== v.source) {
        tx.setVerbCode(actor, id, verbId, source, this.compileOrThrow(source));
      }
      auditEdit(tx, actor, "verb_edit", id, (names ?? v.names).join(" "));
    });
  }

  async deleteVerb(actor: ObjId, id: ObjId, verbId: number): Promise<void> {
    await this.write(actor, (tx) => {
      const v = tx.verb(id, verbId);
      tx.deleteVerb(actor, id, verbId);
      auditEdit(tx, actor, "verb_delete", id, v.names.join(" "));
    });
  }

  async setAcl(actor: ObjId, id: ObjId, subject: AdminAclSubject, rows: AdminAclRow[]): Promise<void> {
    if (!Array.isArray(rows)) throw new InvalidArgument("ACL rows must be a list.");
    const s: AclSubjectRef =
      subject.kind === "verb"
        ? { kind: "verb", obj: id, verbId: Number(subject.verbId) }
        : subject.kind === "property"
          ? { kind: "property", obj: id, name: String(subject.name) }
          : { kind: "object", obj: id };
    const clean: AclRow[] = rows.map((r) => ({
      rule: r.rule,
      permission: r.permission as AclRow["permission"],
      group: r.group ?? null,
      accessor: r.accessor === null || r.accessor === undefined ? null : objId(r.accessor, "accessor"),
    }));
    await this.write(actor, (tx) => tx.setAcl(actor, s, clean));
  }

  compileCheck(source: string): CompileProblem | null {
    try {
      this.opts.compile(source);
      return null;
    } catch (e) {
      if (e instanceof CompileError) return { message: e.message, line: e.line, column: e.column };
      throw e;
    }
  }

  // ---------------------------------------------------------------- wizards: accounts, audit, tasks, sessions

  async listAccounts(actor: ObjId, query: string): Promise<AdminAccount[]> {
    this.requireWizard(actor);
    let q = this.store.db.selectFrom("accounts").selectAll().orderBy("id").limit(500);
    const text = query.trim().toLowerCase();
    if (text) q = q.where("login", "like", `%${text}%`);
    const rows = await q.execute();
    const tx = this.world.begin();
    const out: AdminAccount[] = [];
    for (const a of rows) {
      const r = tx.rec(a.avatar);
      const keys = await this.accounts.keys(a.id);
      out.push({
        id: a.id,
        login: a.login,
        avatar: link(tx, a.avatar),
        status: a.status as AdminAccount["status"],
        statusReason: a.status_reason,
        suspendedUntil: a.suspended_until,
        roles: { wizard: !!r?.wizard, programmer: !!r?.programmer, builder: !!r?.builder },
        keys: keys.map((k, i) => ({ n: i + 1, type: k.type, comment: k.comment, fingerprint: k.fingerprint })),
      });
    }
    return out;
  }

  async updateAccount(actor: ObjId, accountId: number, change: AdminAccountChange): Promise<void> {
    this.requireWizard(actor);
    const account = await this.accounts.byId(accountId);
    if (!account) throw new InvalidArgument(`There is no account ${accountId}.`);
    if (change.roles) {
      const roles = change.roles;
      if (account.avatar === actor && roles.wizard === false) {
        throw new InvalidArgument("You cannot remove your own wizard role.");
      }
      await this.write(actor, (tx) =>
        tx.setRoles(actor, account.avatar, {
          ...(roles.wizard !== undefined ? { wizard: !!roles.wizard } : {}),
          ...(roles.programmer !== undefined ? { programmer: !!roles.programmer } : {}),
          ...(roles.builder !== undefined ? { builder: !!roles.builder } : {}),
        }),
      );
    }
    if (change.status !== undefined) {
      if (!["active", "suspended", "banned"].includes(change.status)) {
        throw new InvalidArgument("The status is active, suspended or banned.");
      }
      if (account.avatar === actor && change.status !== "active")
        throw new InvalidArgument("You cannot lock yourself out.");
      let until = change.status === "suspended" ? (change.until ?? null) : null;
      if (until !== null) {
        const t = new Date(until);
        if (Number.isNaN(t.getTime())) throw new InvalidArgument(`'${until}' is not a date and time.`);
        until = t.toISOString();
      }
      await this.accounts.setStatus(account.id, change.status, change.reason ?? null, until);
      await this.auditRow(actor, "account_status", account.avatar, `${account.login}: ${change.status}`);
    }
    if (change.addKey !== undefined) {
      const k = await this.accounts.addKey(account.id, String(change.addKey));
      await this.auditRow(actor, "key_add", account.avatar, `${account.login}: ${k.fingerprint}`);
    }
    if (change.removeKey !== undefined) {
      const k = await this.accounts.removeKey(account.id, Number(change.removeKey));
      await this.auditRow(actor, "key_remove", account.avatar, `${account.login}: ${k.fingerprint}`);
    }
    if (change.password !== undefined) {
      await this.accounts.setPassword(account.id, String(change.password));
      await this.auditRow(actor, "password_change", account.avatar, account.login);
    }
  }

  async auditLog(actor: ObjId, opts: { limit: number; before?: number; query?: string }): Promise<AdminAuditEntry[]> {
    this.requireWizard(actor);
    let q = this.store.db
      .selectFrom("audit_log")
      .selectAll()
      .orderBy("id", "desc")
      .limit(Math.max(1, Math.min(500, opts.limit)));
    if (opts.before !== undefined) q = q.where("id", "<", opts.before);
    const text = opts.query?.trim();
    if (text) {
      const like = `%${text}%`;
      q = q.where((eb) =>
        eb.or([eb("action", "like", like), eb("target_repr", "like", like), eb("detail", "like", like)]),
      );
    }
    const tx = this.world.begin();
    return (await q.execute()).map((r) => ({
      id: r.id,
      at: r.at,
      actor: link(tx, r.actor),
      action: r.action,
      target: link(tx, r.target),
      targetRepr: r.target_repr,
      detail: r.detail,
    }));
  }

  async schedules(actor: ObjId): Promise<AdminSchedule[]> {
    this.requireWizard(actor);
    const rows = await this.store.db.selectFrom("schedules").selectAll().orderBy("next_run_at").limit(500).execute();
    const tx = this.world.begin();
    return rows.map((s) => {
      let args: unknown = null;
      try {
        args = toWire(decodeValue(s.args));
      } catch {
        args = s.args;
      }
      return {
        id: s.id,
        this: link(tx, s.this_obj),
        verb: s.verb,
        args,
        perms: link(tx, s.perms),
        player: link(tx, s.player),
        kind: s.kind,
        intervalMs: s.interval_ms,
        cron: s.cron,
        nextRunAt: s.next_run_at,
        enabled: Number(s.enabled) === 1,
        runCount: Number(s.run_count),
        lastRunAt: s.last_run_at,
        lastError: s.last_error,
      };
    });
  }

  async setScheduleEnabled(actor: ObjId, id: number, enabled: boolean): Promise<void> {
    this.requireWizard(actor);
    const r = await this.store.db
      .updateTable("schedules")
      .set({ enabled: enabled ? 1 : 0 })
      .where("id", "=", id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new InvalidArgument(`There is no scheduled task ${id}.`);
    await this.auditRow(actor, enabled ? "schedule_enable" : "schedule_disable", -1, `schedule ${id}`);
  }

  async deleteSchedule(actor: ObjId, id: number): Promise<void> {
    this.requireWizard(actor);
    const r = await this.store.db.deleteFrom("schedules").where("id", "=", id).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw new InvalidArgument(`There is no scheduled task ${id}.`);
    await this.auditRow(actor, "schedule_delete", -1, `schedule ${id}`);
  }

  async sessions(actor: ObjId): Promise<AdminSession[]> {
    this.requireWizard(actor);
    const tx = this.world.begin();
    const now = Date.now();
    return [...(this.opts.connections?.() ?? [])].map((c) => ({
      id: c.id,
      player: link(tx, c.player),
      protocol: c.info.protocol,
      remote: c.info.remote,
      mode: c.info.mode,
      connectedAt: new Date(c.connectedAt).toISOString(),
      idleSeconds: Math.round((now - c.lastInput) / 1000),
    }));
  }

  // ---------------------------------------------------------------- helpers

  /** Runs `fn` on a fresh transaction as `actor`, commits; re-runs on a conflict. */
  private write<T>(actor: ObjId, fn: (tx: WorldTx) => T): Promise<T> {
    return this.serialize(async () => {
      for (let attempt = 1; ; attempt++) {
        await this.world.ensureIds();
        const tx = this.world.begin();
        this.requireProgrammer(tx, actor);
        const result = fn(tx);
        try {
          await this.world.commit(tx);
          return result;
        } catch (e) {
          if (e instanceof ConflictError && attempt < MAX_ATTEMPTS) continue;
          throw e;
        }
      }
    });
  }

  private requireProgrammer(tx: WorldTx, actor: ObjId): void {
    if (!tx.valid(actor) || !tx.isProgrammer(actor)) {
      throw new PermissionDenied("The admin is for programmers and wizards; your character is neither.");
    }
  }

  private requireWizard(actor: ObjId): void {
    if (!this.world.begin().isWizard(actor)) throw new PermissionDenied("Only wizards may see and change this.");
  }

  private compileOrThrow(source: string): string {
    if (typeof source !== "string") throw new InvalidArgument("The verb source must be text.");
    return this.opts.compile(source);
  }

  private async auditRow(actor: ObjId, action: string, target: ObjId, detail: string): Promise<void> {
    const tx = this.world.begin();
    await this.store.db
      .insertInto("audit_log")
      .values({ at: new Date().toISOString(), actor, action, target, target_repr: tx.label(target), detail })
      .execute();
  }

  private editsSomething(tx: WorldTx, actor: ObjId, r: ObjectRecord): boolean {
    if (r.owner === actor || tx.can(actor, "write", { kind: "object", obj: r.id })) return true;
    if (r.verbs.some((v) => tx.can(actor, "write", { kind: "verb", obj: r.id, verbId: v.id }))) return true;
    for (const [name, p] of r.props) {
      if (p.defined && tx.can(actor, "write", { kind: "property", obj: r.id, name })) return true;
    }
    return false;
  }

  private summary(tx: WorldTx, actor: ObjId, r: ObjectRecord): AdminObjectSummary {
    return {
      id: r.id,
      name: r.name,
      owner: link(tx, r.owner),
      location: link(tx, r.location),
      parents: r.parents.map((p) => link(tx, p)),
      isPlayer: r.isPlayer,
      recycled: r.recycled,
      writable: !r.recycled && tx.can(actor, "write", { kind: "object", obj: r.id }),
    };
  }

  private prop(tx: WorldTx, actor: ObjId, id: ObjId, name: string): AdminProp {
    const p = tx.findProp(id, name);
    if (!p) throw new NoSuchPropertyError(name);
    const wizard = tx.isWizard(actor);
    const subject = { acl: p.def.acl, owner: p.owner };
    const readable = aclAllows(actor, wizard, "read", subject);
    const writable = aclAllows(actor, wizard, "write", subject);
    const grant = tx.can(actor, "grant", { kind: "property", obj: id, name });
    return {
      name,
      ...(readable ? { value: toWire(p.value) } : {}),
      readable,
      writable,
      definer: link(tx, p.definer),
      owner: link(tx, p.owner),
      clear: p.own?.value === undefined,
      ...(grant ? { acl: p.def.acl.map(aclOut) } : {}),
    };
  }

  private verbSummary(tx: WorldTx, actor: ObjId, on: ObjId, v: VerbRecord): AdminVerbSummary {
    const s = { kind: "verb" as const, obj: on, verbId: v.id };
    return {
      id: v.id,
      names: [...v.names],
      on: link(tx, on),
      owner: link(tx, v.owner),
      dspec: v.dspec,
      ispecs: v.ispecs.map((i) => ({ ...i })),
      readable: tx.can(actor, "read", s),
      writable: tx.can(actor, "write", s),
    };
  }
}

function link(tx: WorldTx, id: ObjId): ObjLink {
  return { id, name: tx.rec(id)?.name ?? "" };
}

function aclOut(r: AclRow): AdminAclRow {
  return { rule: r.rule, permission: r.permission, group: r.group, accessor: r.accessor };
}

function auditEdit(tx: WorldTx, actor: ObjId, action: string, target: ObjId, detail: string): void {
  tx.audits.push({ actor, action, target, targetRepr: tx.label(target), detail: `admin: ${detail}` });
}

function objId(v: unknown, what: string): ObjId {
  const n = typeof v === "string" ? Number(v.replace(/^#/, "")) : v;
  if (typeof n !== "number" || !Number.isInteger(n)) throw new InvalidArgument(`The ${what} must be an object number.`);
  return n;
}

function ids(v: unknown, what: string): ObjId[] {
  if (!Array.isArray(v)) throw new InvalidArgument(`The ${what} must be a list of object numbers.`);
  return v.map((x) => objId(x, what));
}

function strings(v: unknown, what: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
    throw new InvalidArgument(`The ${what} must be a list of words.`);
  return v as string[];
}

function verbNames(v: unknown): string[] {
  const names = Array.isArray(v) ? v.map(String) : String(v ?? "").split(/\s+/);
  const clean = names.map((n) => n.trim()).filter((n) => n !== "");
  if (clean.length === 0) throw new InvalidArgument("A verb needs at least one name.");
  return clean;
}

function objSpec(v: unknown): ObjSpec {
  if (typeof v !== "string" || !OBJ_SPECS.has(v)) {
    throw new InvalidArgument("The direct object spec is this, any, none or either.");
  }
  return v as ObjSpec;
}

function prepSpecs(v: unknown): PrepSpec[] {
  if (!Array.isArray(v)) throw new InvalidArgument("The indirect object specs must be a list.");
  return v.map((x) => {
    const rec = (x ?? {}) as { prep?: unknown; spec?: unknown };
    const typed = String(rec.prep ?? "").trim();
    const spec = String(rec.spec ?? "");
    if (!PREP_SPECS.has(spec))
      throw new InvalidArgument(`An indirect object spec is this, any or none, not '${spec}'.`);
    const prep = typed === "any" || typed === "none" ? typed : canonicalPrep(typed.replace(/_/g, " "));
    if (!prep) throw new UserError(`'${typed}' is not a preposition.`, "E_INVARG");
    return { prep, spec: spec as PrepSpec["spec"] };
  });
}

const HEADER = /^(\s*\/\/\s*@verb\s+)(.+)$/;

/** Rewrites the names and specs of a `// @verb` first line, keeping `--on`; other sources unchanged. */
export function rewriteHeader(
  source: string,
  names: readonly string[],
  dspec: ObjSpec,
  ispecs: readonly PrepSpec[],
): string {
  const nl = source.indexOf("\n");
  const first = nl < 0 ? source : source.slice(0, nl);
  const m = HEADER.exec(first);
  if (!m?.[1] || !m[2]) return source;
  const words = m[2].trim().split(/\s+/);
  const on = words.indexOf("--on");
  const parts = [...names];
  if (on >= 0 && words[on + 1]) parts.push("--on", words[on + 1] as string);
  parts.push("--dspec", dspec);
  for (const i of ispecs) parts.push("--ispec", `${i.prep.replace(/ /g, "_")}:${i.spec}`);
  const line = m[1] + parts.join(" ");
  return nl < 0 ? line : line + source.slice(nl);
}
