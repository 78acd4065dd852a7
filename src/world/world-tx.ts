/**
 * A transaction over the world: what one task sees and changes. Reads come from the committed
 * in-memory state, overlaid with this transaction's own changes; changes are copies of records
 * kept in the overlay until `World.commit` writes them to storage in one database transaction
 * and swaps them into the committed state. Dropping the transaction is the rollback.
 *
 * Every mutation takes the acting object (`who`, the LambdaMOO "programmer": the owner of the
 * running verb) and checks its permissions here, in the model — never only in verb code.
 * `SYSTEM` acts without checks (bootstrap and operator commands, never verb code).
 */
import {
  InvalidArgument,
  NoSuchPropertyError,
  PermissionDenied,
  QuotaError,
  RecursiveMoveError,
  UserError,
} from "../core/errors.js";
import { NOTHING, type ObjId } from "../core/ids.js";
import { type MooValue, ObjRef, replaceRef } from "../core/values.js";
import { anyVerbNameMatches, type ObjSpec, type PrepSpec, verbNameMatches } from "../core/verb-spec.js";
import type { IdAllocator } from "./id-allocator.js";
import { type AncestorEntry, ancestorOrder } from "./inheritance.js";
import { aclAllows } from "./permissions.js";
import {
  type AclRow,
  copyRecord,
  defaultAcl,
  type ObjectRecord,
  type Permission,
  type PropRecord,
  type VerbRecord,
} from "./records.js";
import type { VerbHit, WorldState } from "./world-state.js";

/** Acts without permission checks: bootstrap and operator commands only. */
export const SYSTEM: ObjId = -100;

/** Names that are fields of every object, not properties. */
export const BUILTIN_PROPERTIES = new Set([
  "id",
  "name",
  "owner",
  "location",
  "contents",
  "parents",
  "aliases",
  "obvious",
  "recycled",
]);

export interface AuditEntry {
  actor: ObjId;
  action: string;
  target: ObjId;
  targetRepr: string;
  detail: string;
}

export interface PropLookup {
  value: MooValue;
  definer: ObjId;
  def: PropRecord;
  /** The record on the object itself, if it has one (its own value or the definition). */
  own: PropRecord | undefined;
  owner: ObjId;
}

export type AclSubjectRef =
  | { kind: "object"; obj: ObjId }
  | { kind: "verb"; obj: ObjId; verbId: number }
  | { kind: "property"; obj: ObjId; name: string };

export interface CreateOptions {
  name: string;
  parents?: readonly ObjId[];
  owner?: ObjId;
  location?: ObjId;
  obvious?: boolean;
  /** Use this number instead of allocating one (bootstrap of #0 only). */
  id?: ObjId;
}

export interface NewVerb {
  names: readonly string[];
  dspec?: ObjSpec;
  ispecs?: readonly PrepSpec[];
  source: string;
  compiled: string;
  owner?: ObjId;
  filename?: string | null;
}

export interface TxIds {
  objects: IdAllocator;
  verbs: IdAllocator;
}

export class WorldTx {
  /** Records this transaction changed (null = destroyed). */
  readonly overlay = new Map<ObjId, ObjectRecord | null>();
  /** Version of every committed record read, for conflict detection at commit. */
  readonly readVersions = new Map<ObjId, number>();
  readonly audits: AuditEntry[] = [];
  hierarchyChanged = false;
  verbsChanged = false;
  private ancestorsLocal = new Map<ObjId, AncestorEntry[]>();
  private moveSeq = Date.now() * 1000;

  constructor(
    readonly state: WorldState,
    private readonly ids: TxIds,
  ) {}

  get changed(): boolean {
    return this.overlay.size > 0 || this.audits.length > 0;
  }

  // ---------------------------------------------------------------- reading records

  /** The record as this transaction sees it (recycled objects included), or undefined. */
  rec(id: ObjId): ObjectRecord | undefined {
    if (this.overlay.has(id)) return this.overlay.get(id) ?? undefined;
    const r = this.state.get(id);
    if (r && !this.readVersions.has(id)) this.readVersions.set(id, r.version);
    return r;
  }

  /** True when the object exists and is not recycled. */
  valid(id: ObjId): boolean {
    const r = this.rec(id);
    return r !== undefined && !r.recycled;
  }

  /** The record of a valid object, or an error naming the bad reference. */
  obj(id: ObjId): ObjectRecord {
    const r = this.rec(id);
    if (!r || r.recycled) throw new InvalidArgument(`#${id} is not a valid object.`);
    return r;
  }

  /** `#12 (ball)` — the form used in many player messages. */
  label(id: ObjId): string {
    if (id === SYSTEM) return "the system";
    const r = this.rec(id);
    return r ? `#${id} (${r.name})` : `#${id}`;
  }

  isWizard(who: ObjId): boolean {
    if (who === SYSTEM) return true;
    const r = this.rec(who);
    return !!r && r.wizard && !r.recycled;
  }

  isProgrammer(who: ObjId): boolean {
    const r = this.rec(who);
    return who === SYSTEM || (!!r && (r.programmer || r.wizard));
  }

  isBuilder(who: ObjId): boolean {
    const r = this.rec(who);
    return who === SYSTEM || (!!r && (r.builder || r.programmer || r.wizard));
  }

  ancestors(id: ObjId): AncestorEntry[] {
    if (!this.hierarchyChanged && !this.overlay.has(id)) return this.state.ancestors(id);
    let a = this.ancestorsLocal.get(id);
    if (!a) {
      a = ancestorOrder(id, (x) => this.rec(x)?.parents);
      this.ancestorsLocal.set(id, a);
    }
    return a;
  }

  /** True when `ancestor` is a strict ancestor of `id`. */
  isA(id: ObjId, ancestor: ObjId): boolean {
    return id !== ancestor && this.ancestors(id).some((e) => e.id === ancestor);
  }

  /** Every object whose ancestors include `id` (not `id` itself). Scans the world: rare operations only. */
  descendants(id: ObjId): ObjId[] {
    const out: ObjId[] = [];
    for (const oid of this.allIds()) if (oid !== id && this.isA(oid, id)) out.push(oid);
    return out;
  }

  /** Every object number (committed and created here, minus destroyed here). */
  allIds(): ObjId[] {
    const ids = new Set<ObjId>(this.state.objects.keys());
    for (const [id, r] of this.overlay) {
      if (r === null) ids.delete(id);
      else ids.add(id);
    }
    return [...ids].sort((a, b) => a - b);
  }

  /** Valid player objects. */
  players(): ObjId[] {
    const ids = new Set(this.state.players);
    for (const [id, r] of this.overlay) {
      if (r?.isPlayer && !r.recycled) ids.add(id);
      else ids.delete(id);
    }
    return [...ids].sort((a, b) => a - b);
  }

  // ---------------------------------------------------------------- permissions

  /** Can `who` do `perm` on the subject? */
  can(who: ObjId, perm: Permission, subject: AclSubjectRef): boolean {
    if (who === SYSTEM) return true;
    const s = this.aclSubject(subject);
    return aclAllows(who, this.isWizard(who), perm, s);
  }

  /** Throws PermissionDenied unless `who` may do `perm` on the subject. */
  check(who: ObjId, perm: Permission, subject: AclSubjectRef): void {
    if (!this.can(who, perm, subject)) {
      throw new PermissionDenied(`${this.label(who)} is not allowed to '${perm}' on ${this.subjectLabel(subject)}`);
    }
  }

  requireWizard(who: ObjId, what: string): void {
    if (!this.isWizard(who)) throw new PermissionDenied(`Only wizards may ${what}.`);
  }

  subjectLabel(s: AclSubjectRef): string {
    if (s.kind === "object") return this.label(s.obj);
    if (s.kind === "property") return `property '${s.name}' of ${this.label(s.obj)}`;
    const v = this.rec(s.obj)?.verbs.find((x) => x.id === s.verbId);
    return `verb '${v?.names[0] ?? s.verbId}' of ${this.label(s.obj)}`;
  }

  private aclSubject(s: AclSubjectRef): { acl: readonly AclRow[]; owner: ObjId } {
    const r = this.obj(s.obj);
    if (s.kind === "object") return r;
    if (s.kind === "verb") {
      const v = r.verbs.find((x) => x.id === s.verbId);
      if (!v) throw new InvalidArgument(`${this.label(s.obj)} has no verb #${s.verbId}.`);
      return v;
    }
    const p = this.findProp(s.obj, s.name);
    if (!p) throw new NoSuchPropertyError(s.name);
    return { acl: p.def.acl, owner: p.owner };
  }

  // ---------------------------------------------------------------- copy-on-write

  /** The transaction's own copy of a valid object's record, made on first change. */
  private mut(id: ObjId): ObjectRecord {
    const cur = this.overlay.get(id);
    if (cur) return cur;
    const base = this.rec(id);
    if (!base) throw new InvalidArgument(`#${id} is not a valid object.`);
    const copy = copyRecord(base);
    this.overlay.set(id, copy);
    return copy;
  }

  /** Records an action in the audit log; bootstrap and operator work (SYSTEM) is not recorded (spec §9.7). */
  private audit(actor: ObjId, action: string, target: ObjId, detail = ""): void {
    if (actor === SYSTEM) return;
    this.audits.push({ actor, action, target, targetRepr: this.label(target), detail });
  }

  // ---------------------------------------------------------------- objects

  create(who: ObjId, opts: CreateOptions): ObjId {
    const name = validName(opts.name);
    const owner = opts.owner ?? who;
    if (owner !== who && !this.isWizard(who)) throw new PermissionDenied("Can't change owner at creation time.");
    const parents = [...(opts.parents ?? [])];
    for (const p of parents) {
      this.obj(p);
      this.check(who, "derive", { kind: "object", obj: p });
    }
    if (new Set(parents).size !== parents.length)
      throw new InvalidArgument("An object cannot have the same parent twice.");
    if (who !== SYSTEM && !this.isWizard(who)) this.chargeQuota(who);
    const id = opts.id ?? this.ids.objects.take();
    if (this.rec(id)) throw new InvalidArgument(`#${id} already exists.`);
    const now = new Date().toISOString();
    const rec: ObjectRecord = {
      id,
      name,
      aliases: [],
      owner: owner === SYSTEM ? id : owner,
      parents,
      location: NOTHING,
      contents: [],
      obvious: opts.obvious ?? false,
      isPlayer: false,
      wizard: false,
      programmer: false,
      builder: false,
      recycled: false,
      recycledAt: null,
      placement: null,
      props: new Map(),
      verbs: [],
      acl: defaultAcl("object"),
      version: 0,
      createdAt: now,
      locationSeq: 0,
    };
    this.overlay.set(id, rec);
    this.hierarchyChanged = true;
    this.ancestorsLocal.clear();
    if (opts.location !== undefined && opts.location !== NOTHING) this.place(id, opts.location);
    this.audit(who, "create", id);
    return id;
  }

  /** Moves `id` into `dest` (NOTHING = nowhere). Needs `move` on the object; refuses loops. */
  move(who: ObjId, id: ObjId, dest: ObjId): void {
    this.obj(id);
    if (dest !== NOTHING) this.obj(dest);
    this.check(who, "move", { kind: "object", obj: id });
    this.place(id, dest);
  }

  /** The movement itself, without permission checks. */
  private place(id: ObjId, dest: ObjId): void {
    const r = this.obj(id);
    if (dest !== NOTHING) {
      for (let at: ObjId = dest; at !== NOTHING; at = this.rec(at)?.location ?? NOTHING) {
        if (at === id) throw new RecursiveMoveError(`${this.label(id)} cannot be moved into itself or its contents.`);
      }
    }
    const from = r.location;
    if (from !== NOTHING && this.rec(from)) {
      const f = this.mut(from);
      f.contents = f.contents.filter((x) => x !== id);
      // Things resting on the moving object stay behind and lose their placement.
      for (const c of f.contents) {
        if (this.rec(c)?.placement?.target === id) this.mut(c).placement = null;
      }
    }
    const m = this.mut(id);
    m.location = dest;
    m.placement = null;
    m.locationSeq = ++this.moveSeq;
    if (dest !== NOTHING) {
      const d = this.mut(dest);
      d.contents = [...d.contents, id];
    }
  }

  setName(who: ObjId, id: ObjId, name: string): void {
    this.check(who, "write", { kind: "object", obj: id });
    this.mut(id).name = validName(name);
  }

  setAliases(who: ObjId, id: ObjId, aliases: readonly string[]): void {
    this.check(who, "write", { kind: "object", obj: id });
    const clean = [...new Set(aliases.map((a) => validName(a)))];
    this.mut(id).aliases = clean;
  }

  setObvious(who: ObjId, id: ObjId, obvious: boolean): void {
    this.check(who, "write", { kind: "object", obj: id });
    this.mut(id).obvious = obvious;
  }

  /** Places `id` on/under/... `target` (both in the same location), or clears it with null. */
  setPlacement(who: ObjId, id: ObjId, placement: { prep: string; target: ObjId } | null): void {
    this.check(who, "move", { kind: "object", obj: id });
    if (placement) {
      this.obj(placement.target);
      if (placement.target === id) throw new InvalidArgument("You can't place something on itself.");
    }
    this.mut(id).placement = placement;
  }

  setOwner(who: ObjId, id: ObjId, owner: ObjId): void {
    this.obj(owner);
    this.check(who, "entrust", { kind: "object", obj: id });
    const from = this.obj(id).owner;
    this.mut(id).owner = owner;
    this.audit(who, "owner_change", id, `#${from} -> #${owner}`);
  }

  /** Replaces the ordered parents. Needs `transmute` on the object and `derive` on each new parent. */
  setParents(who: ObjId, id: ObjId, parents: readonly ObjId[]): void {
    const r = this.obj(id);
    this.check(who, "transmute", { kind: "object", obj: id });
    if (new Set(parents).size !== parents.length)
      throw new InvalidArgument("An object cannot have the same parent twice.");
    for (const p of parents) {
      this.obj(p);
      if (!r.parents.includes(p)) this.check(who, "derive", { kind: "object", obj: p });
      if (p === id || this.isA(p, id)) {
        throw new RecursiveMoveError(`${this.label(p)} is a descendant of ${this.label(id)}; that would make a loop.`);
      }
    }
    this.mut(id).parents = [...parents];
    this.hierarchyChanged = true;
    this.ancestorsLocal.clear();
  }

  addParent(who: ObjId, id: ObjId, parent: ObjId): void {
    const r = this.obj(id);
    if (r.parents.includes(parent))
      throw new InvalidArgument(`${this.label(parent)} is already a parent of ${this.label(id)}.`);
    this.setParents(who, id, [...r.parents, parent]);
  }

  removeParent(who: ObjId, id: ObjId, parent: ObjId): void {
    const r = this.obj(id);
    if (!r.parents.includes(parent))
      throw new InvalidArgument(`${this.label(parent)} is not a parent of ${this.label(id)}.`);
    this.setParents(
      who,
      id,
      r.parents.filter((p) => p !== parent),
    );
  }

  setRoles(
    who: ObjId,
    id: ObjId,
    roles: { player?: boolean; wizard?: boolean; programmer?: boolean; builder?: boolean },
  ): void {
    this.requireWizard(who, "change player roles");
    this.obj(id);
    const m = this.mut(id);
    if (roles.player !== undefined) m.isPlayer = roles.player;
    if (roles.wizard !== undefined) m.wizard = roles.wizard;
    if (roles.programmer !== undefined) m.programmer = roles.programmer;
    if (roles.builder !== undefined) m.builder = roles.builder;
    this.audit(who, "permission_change", id, `roles ${JSON.stringify(roles)}`);
  }

  /** Soft delete: hidden, out of the world, quota refunded; `restore` brings it back. */
  recycle(who: ObjId, id: ObjId): void {
    const r = this.obj(id);
    this.check(who, "write", { kind: "object", obj: id });
    for (const c of r.contents) this.place(c, NOTHING);
    this.place(id, NOTHING);
    const m = this.mut(id);
    m.recycled = true;
    m.recycledAt = new Date().toISOString();
    this.refundQuota(r.owner);
    this.audit(who, "recycle", id);
  }

  restore(who: ObjId, id: ObjId, dest: ObjId): void {
    const r = this.rec(id);
    if (!r?.recycled) throw new InvalidArgument(`#${id} is not a recycled object.`);
    if (who !== SYSTEM && r.owner !== who && !this.isWizard(who)) {
      throw new PermissionDenied(`${this.label(who)} is not allowed to restore ${this.label(id)}`);
    }
    if (r.owner !== SYSTEM && !this.isWizard(r.owner) && this.rec(r.owner)) this.chargeQuota(r.owner);
    const m = this.mut(id);
    m.recycled = false;
    m.recycledAt = null;
    if (dest !== NOTHING) this.place(id, dest);
    this.audit(who, "restore", id);
  }

  /**
   * Hard delete. Contents go nowhere, children inherit the object's parents, every stored
   * reference to it reads as $nothing, things placed on it lose their placement.
   */
  destroy(who: ObjId, id: ObjId): void {
    const r = this.rec(id);
    if (!r) throw new InvalidArgument(`#${id} is not a valid object.`);
    // `check` only looks at valid objects; a recycled one is checked on its own record.
    if (!r.recycled) this.check(who, "write", { kind: "object", obj: id });
    else if (who !== SYSTEM && !aclAllows(who, this.isWizard(who), "write", r)) {
      throw new PermissionDenied(`${this.label(who)} is not allowed to 'write' on ${this.label(id)}`);
    }
    if (!r.recycled) {
      for (const c of r.contents) this.place(c, NOTHING);
      this.place(id, NOTHING);
      this.refundQuota(r.owner);
    }
    const label = this.label(id);
    for (const oid of this.allIds()) {
      if (oid === id) continue;
      const o = this.rec(oid);
      if (!o) continue;
      if (o.parents.includes(id)) {
        const np: ObjId[] = [];
        for (const p of o.parents) {
          if (p !== id) np.push(p);
          else for (const gp of r.parents) if (!np.includes(gp) && gp !== oid) np.push(gp);
        }
        this.mut(oid).parents = np;
      }
      if (o.placement?.target === id) this.mut(oid).placement = null;
      if (o.owner === id) this.mut(oid).owner = oid;
      let changed: Map<string, PropRecord> | null = null;
      for (const [name, p] of o.props) {
        if (p.value === undefined || !mentions(p.value, id)) continue;
        changed ??= new Map(o.props);
        changed.set(name, { ...p, value: replaceRef(p.value, id, NOTHING) });
      }
      if (changed) this.mut(oid).props = changed;
    }
    this.overlay.set(id, null);
    this.hierarchyChanged = true;
    this.verbsChanged = true;
    this.ancestorsLocal.clear();
    if (who !== SYSTEM) this.audits.push({ actor: who, action: "destroy", target: id, targetRepr: label, detail: "" });
  }

  // ---------------------------------------------------------------- quota

  /** The effective `ownership_quota` of an object, or undefined when it has none. */
  quota(id: ObjId): number | undefined {
    const p = this.findProp(id, "ownership_quota");
    return p && typeof p.value === "number" ? p.value : undefined;
  }

  private chargeQuota(who: ObjId): void {
    const q = this.quota(who);
    if (q === undefined) return;
    if (q <= 0) throw new QuotaError(`${this.label(who)} has run out of quota.`);
    this.putPropValue(who, "ownership_quota", q - 1);
  }

  private refundQuota(owner: ObjId): void {
    if (!this.valid(owner)) return;
    const q = this.quota(owner);
    if (q !== undefined) this.putPropValue(owner, "ownership_quota", q + 1);
  }

  // ---------------------------------------------------------------- properties

  /** Finds a property on `id` (own or inherited) without permission checks. */
  findProp(id: ObjId, name: string): PropLookup | undefined {
    const self = this.rec(id);
    if (!self) return undefined;
    let value: MooValue | undefined;
    for (const { id: a } of this.ancestors(id)) {
      const p = this.rec(a)?.props.get(name);
      if (!p) continue;
      if (value === undefined && p.value !== undefined) value = p.value;
      if (p.defined) {
        const own = a === id ? p : self.props.get(name);
        const owner = own && (a === id || own.value !== undefined) ? own.owner : p.inheritOwner ? p.owner : self.owner;
        return { value: value ?? null, definer: a, def: p, own, owner };
      }
    }
    return undefined;
  }

  hasProp(id: ObjId, name: string): boolean {
    return this.findProp(id, name) !== undefined;
  }

  /** Reads a property; needs `read` on it. */
  getProp(who: ObjId, id: ObjId, name: string): MooValue {
    this.obj(id);
    const p = this.findProp(id, name);
    if (!p) throw new NoSuchPropertyError(name);
    if (who !== SYSTEM && !aclAllows(who, this.isWizard(who), "read", { acl: p.def.acl, owner: p.owner })) {
      throw new PermissionDenied(
        `${this.label(who)} is not allowed to 'read' on property '${name}' of ${this.label(id)}`,
      );
    }
    return p.value;
  }

  /**
   * Sets a property. An existing (own or inherited) property needs `write` on the property;
   * a new one is defined on the object, owned by `who`, and needs `write` on the object.
   */
  setProp(who: ObjId, id: ObjId, name: string, value: MooValue): void {
    this.obj(id);
    const p = this.findProp(id, name);
    if (!p) {
      this.defineProp(who, id, name, value);
      return;
    }
    if (who !== SYSTEM && !aclAllows(who, this.isWizard(who), "write", { acl: p.def.acl, owner: p.owner })) {
      throw new PermissionDenied(
        `${this.label(who)} is not allowed to 'write' on property '${name}' of ${this.label(id)}`,
      );
    }
    this.putPropValue(id, name, value);
  }

  /** Stores a value on `id` for an existing property, without checks. */
  private putPropValue(id: ObjId, name: string, value: MooValue): void {
    const p = this.findProp(id, name);
    if (!p) throw new NoSuchPropertyError(name);
    const r = this.mut(id);
    const rec: PropRecord = p.own
      ? { ...p.own, value }
      : { name, value, owner: p.owner, defined: false, inheritOwner: p.def.inheritOwner, acl: [] };
    const m = new Map(r.props);
    m.set(name, rec);
    r.props = m;
  }

  /** Introduces a new property on `id`; needs `write` on the object. */
  defineProp(
    who: ObjId,
    id: ObjId,
    name: string,
    value: MooValue,
    opts: { owner?: ObjId; inheritOwner?: boolean } = {},
  ): void {
    validPropName(name);
    const r = this.obj(id);
    this.check(who, "write", { kind: "object", obj: id });
    const existing = this.findProp(id, name);
    if (existing) throw new InvalidArgument(`${this.label(id)} already has a property named '${name}'.`);
    const owner = opts.owner ?? (who === SYSTEM ? r.owner : who);
    if (owner !== who && who !== SYSTEM && !this.isWizard(who)) {
      throw new PermissionDenied("Only wizards may define properties owned by someone else.");
    }
    const m = new Map(this.mut(id).props);
    m.set(name, {
      name,
      value,
      owner,
      defined: true,
      inheritOwner: opts.inheritOwner ?? false,
      acl: defaultAcl("property"),
    });
    this.mut(id).props = m;
  }

  /** Makes an inherited property "clear" again on `id` (it follows the parent's value). */
  clearProp(who: ObjId, id: ObjId, name: string): void {
    const p = this.findProp(id, name);
    if (!p) throw new NoSuchPropertyError(name);
    if (p.definer === id) throw new InvalidArgument(`'${name}' is defined on ${this.label(id)} and cannot be cleared.`);
    this.check(who, "write", { kind: "property", obj: id, name });
    if (!p.own) return;
    const r = this.mut(id);
    const m = new Map(r.props);
    m.delete(name);
    r.props = m;
  }

  /** Removes a property defined on `id` (and every descendant's value for it). */
  deleteProp(who: ObjId, id: ObjId, name: string): void {
    const r = this.obj(id);
    const p = r.props.get(name);
    if (!p?.defined) throw new NoSuchPropertyError(name);
    this.check(who, "write", { kind: "object", obj: id });
    for (const oid of [id, ...this.descendants(id)]) {
      const o = this.rec(oid);
      if (!o?.props.has(name)) continue;
      const m = new Map(o.props);
      m.delete(name);
      this.mut(oid).props = m;
    }
  }

  /** Changes a property's owner (needs `entrust`) or its inherit-owner flag (needs `write`). */
  setPropInfo(who: ObjId, id: ObjId, name: string, info: { owner?: ObjId; inheritOwner?: boolean }): void {
    const p = this.findProp(id, name);
    if (!p) throw new NoSuchPropertyError(name);
    if (info.owner !== undefined) this.check(who, "entrust", { kind: "property", obj: id, name });
    if (info.inheritOwner !== undefined) this.check(who, "write", { kind: "property", obj: id, name });
    const base = p.own ?? { name, value: undefined, owner: p.owner, defined: false, inheritOwner: false, acl: [] };
    const rec: PropRecord = {
      ...base,
      owner: info.owner ?? base.owner,
      inheritOwner: info.inheritOwner ?? base.inheritOwner,
    };
    const r = this.mut(id);
    const m = new Map(r.props);
    m.set(name, rec);
    r.props = m;
  }

  /** Names of the properties visible on `id`: its own and inherited, nearest first. */
  propNames(id: ObjId): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const { id: a } of this.ancestors(id)) {
      for (const [name, p] of this.rec(a)?.props ?? []) {
        if (p.defined && !seen.has(name)) {
          seen.add(name);
          out.push(name);
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- verbs

  /** Verbs on `id` or inherited whose names match `word`, nearest first. */
  verbsNamed(id: ObjId, word: string): VerbHit[] {
    const compute = (): VerbHit[] => {
      const hits: VerbHit[] = [];
      this.ancestors(id).forEach(({ id: a, depth }, order) => {
        for (const v of this.rec(a)?.verbs ?? []) {
          if (anyVerbNameMatches(v.names, word)) hits.push({ verb: v, origin: a, depth, order });
        }
      });
      return hits;
    };
    if (this.hierarchyChanged || this.verbsChanged || this.overlay.has(id)) return compute();
    return this.state.cachedVerbs(id, word, compute);
  }

  /** Whether any object in the world has a verb `word` selects (served from an index). */
  anyVerbNamed(word: string): boolean {
    const committed = this.state.verbPatterns().some((p) => verbNameMatches(p, word));
    if (committed || !this.verbsChanged) return committed;
    for (const r of this.overlay.values()) {
      if (r?.verbs.some((v) => anyVerbNameMatches(v.names, word))) return true;
    }
    return false;
  }

  /** The verb `word` selects on `id` (own or inherited), or undefined. */
  findVerb(id: ObjId, word: string): VerbHit | undefined {
    return this.verbsNamed(id, word)[0];
  }

  /** The same-named verb on the parents of `origin` (for passthrough). */
  findParentVerb(origin: ObjId, word: string): VerbHit | undefined {
    const r = this.rec(origin);
    if (!r) return undefined;
    for (const p of r.parents) {
      const hit = this.findVerb(p, word);
      if (hit) return hit;
    }
    return undefined;
  }

  /** A verb defined directly on `id`, by id. */
  verb(id: ObjId, verbId: number): VerbRecord {
    const v = this.obj(id).verbs.find((x) => x.id === verbId);
    if (!v) throw new InvalidArgument(`${this.label(id)} has no verb #${verbId}.`);
    return v;
  }

  /** Adds a verb to `id`; needs `write` on the object. Returns the verb's number. */
  addVerb(who: ObjId, id: ObjId, nv: NewVerb): number {
    this.obj(id);
    this.check(who, "write", { kind: "object", obj: id });
    if (nv.names.length === 0 || nv.names.some((n) => !/^\S+$/.test(n))) {
      throw new InvalidArgument("A verb needs at least one name, without spaces.");
    }
    const owner = nv.owner ?? (who === SYSTEM ? this.obj(id).owner : who);
    if (owner !== who && who !== SYSTEM && !this.isWizard(who)) {
      throw new PermissionDenied("Only wizards may add verbs owned by someone else.");
    }
    const verbId = this.ids.verbs.take();
    const acl: AclRow[] = [
      ...defaultAcl("verb"),
      { rule: "allow", permission: "read", group: "everyone", accessor: null },
    ];
    const v: VerbRecord = {
      id: verbId,
      names: [...nv.names],
      owner,
      dspec: nv.dspec ?? "none",
      ispecs: [...(nv.ispecs ?? [])],
      source: nv.source,
      compiled: nv.compiled,
      filename: nv.filename ?? null,
      acl,
    };
    const r = this.mut(id);
    r.verbs = [...r.verbs, v];
    this.verbsChanged = true;
    return verbId;
  }

  /** Changes a verb's code (needs `write` on the verb). */
  setVerbCode(who: ObjId, id: ObjId, verbId: number, source: string, compiled: string): void {
    this.check(who, "write", { kind: "verb", obj: id, verbId });
    this.replaceVerb(id, verbId, (v) => ({ ...v, source, compiled }));
  }

  /** Changes names/argument specs (`write`) or owner (`entrust`) of a verb. */
  setVerbInfo(
    who: ObjId,
    id: ObjId,
    verbId: number,
    info: {
      names?: readonly string[];
      dspec?: ObjSpec;
      ispecs?: readonly PrepSpec[];
      owner?: ObjId;
      filename?: string | null;
    },
  ): void {
    if (info.names || info.dspec || info.ispecs || info.filename !== undefined) {
      this.check(who, "write", { kind: "verb", obj: id, verbId });
    }
    if (info.owner !== undefined) {
      this.obj(info.owner);
      this.check(who, "entrust", { kind: "verb", obj: id, verbId });
    }
    if (info.names && (info.names.length === 0 || info.names.some((n) => !/^\S+$/.test(n)))) {
      throw new InvalidArgument("A verb needs at least one name, without spaces.");
    }
    this.replaceVerb(id, verbId, (v) => ({
      ...v,
      names: info.names ? [...info.names] : v.names,
      dspec: info.dspec ?? v.dspec,
      ispecs: info.ispecs ? [...info.ispecs] : v.ispecs,
      owner: info.owner ?? v.owner,
      filename: info.filename !== undefined ? info.filename : v.filename,
    }));
  }

  /** Removes a verb defined on `id`; needs `write` on the object. */
  deleteVerb(who: ObjId, id: ObjId, verbId: number): void {
    this.verb(id, verbId);
    this.check(who, "write", { kind: "object", obj: id });
    const r = this.mut(id);
    r.verbs = r.verbs.filter((v) => v.id !== verbId);
    this.verbsChanged = true;
  }

  private replaceVerb(id: ObjId, verbId: number, fn: (v: VerbRecord) => VerbRecord): void {
    this.verb(id, verbId);
    const r = this.mut(id);
    r.verbs = r.verbs.map((v) => (v.id === verbId ? fn(v) : v));
    this.verbsChanged = true;
  }

  // ---------------------------------------------------------------- ACLs

  /** The ACL rows of a subject; needs `grant` on it (owners may always). */
  getAcl(who: ObjId, s: AclSubjectRef): readonly AclRow[] {
    this.check(who, "grant", s);
    return this.aclSubject(s).acl;
  }

  /** Replaces the ACL rows of a subject; needs `grant`. */
  setAcl(who: ObjId, s: AclSubjectRef, rows: readonly AclRow[]): void {
    this.check(who, "grant", s);
    const clean = rows.map(validAclRow);
    if (s.kind === "object") this.mut(s.obj).acl = clean;
    else if (s.kind === "verb") {
      this.replaceVerb(s.obj, s.verbId, (v) => ({ ...v, acl: clean }));
    } else {
      const p = this.findProp(s.obj, s.name);
      if (!p) throw new NoSuchPropertyError(s.name);
      const d = this.mut(p.definer);
      const m = new Map(d.props);
      m.set(s.name, { ...p.def, acl: clean });
      d.props = m;
    }
    this.audit(who, "permission_change", s.obj, `${this.subjectLabel(s)}: ${JSON.stringify(clean)}`);
  }

  /** Adds one allow/deny row (`grant` needed). */
  addAcl(who: ObjId, s: AclSubjectRef, row: AclRow): void {
    this.setAcl(who, s, [...this.getAcl(who, s), row]);
  }
}

function mentions(v: MooValue, id: ObjId): boolean {
  if (v instanceof ObjRef) return v.id === id;
  if (Array.isArray(v)) return v.some((x) => mentions(x, id));
  if (v !== null && typeof v === "object") return Object.values(v).some((x) => mentions(x, id));
  return false;
}

function validName(name: string): string {
  const n = String(name).trim();
  if (n.length === 0) throw new InvalidArgument("A name cannot be empty.");
  if (n.length > 255) throw new InvalidArgument("A name cannot be longer than 255 characters.");
  return n;
}

function validPropName(name: string): void {
  if (!/^[^\s_][^\s]{0,254}$/.test(name)) {
    throw new InvalidArgument(`'${name}' is not a valid property name (no spaces, not starting with '_').`);
  }
  if (BUILTIN_PROPERTIES.has(name)) throw new InvalidArgument(`'${name}' is a built-in property.`);
}

const PERMISSION_SET = new Set<string>([
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

function validAclRow(row: AclRow): AclRow {
  if (row.rule !== "allow" && row.rule !== "deny") throw new InvalidArgument("An ACL rule is 'allow' or 'deny'.");
  if (!PERMISSION_SET.has(row.permission)) throw new InvalidArgument(`'${row.permission}' is not a permission.`);
  if ((row.group === null) === (row.accessor === null)) {
    throw new InvalidArgument("An ACL row names either a group or one object.");
  }
  if (row.group !== null && !["everyone", "owners", "wizards"].includes(row.group)) {
    throw new UserError(`'${row.group}' is not a group (everyone, owners, wizards).`);
  }
  return { rule: row.rule, permission: row.permission, group: row.group, accessor: row.accessor };
}
