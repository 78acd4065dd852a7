/**
 * What the verb runtime needs from the world model: the synchronous, permission-checked
 * operations of one task's transaction. `WorldTx` (src/world/world-tx.ts) satisfies this interface
 * structurally; the runtime never commits or rolls back (the task runner does, by committing or
 * dropping the transaction).
 *
 * `who` is always the acting object as the runtime determined it: the owner of the running verb,
 * or the task-perms override of the running frame. Verb code never supplies it. Every method that
 * takes `who` checks its permissions and throws a UserError (PermissionDenied, InvalidArgument, …)
 * when the action is refused; the runtime passes that error to the verb, which may catch it.
 */
import type { ObjId } from "../core/ids.js";
import type { MooValue } from "../core/values.js";

export type HostObjSpec = "this" | "any" | "none" | "either";
export interface HostPrepSpec {
  prep: string;
  spec: "this" | "any" | "none";
}

/** The verb fields the runtime reads. */
export interface HostVerb {
  readonly id: number;
  readonly names: readonly string[];
  /** The verb runs with its owner's permissions. */
  readonly owner: ObjId;
  /** The compiled JavaScript (compile/compile.ts) stored with the verb. */
  readonly compiled: string;
}

/** A verb record as stored on its definer (for listing, reading and editing verbs). */
export interface HostVerbRecord extends HostVerb {
  readonly dspec: HostObjSpec;
  readonly ispecs: readonly HostPrepSpec[];
  readonly source: string;
  /** The default-world file it was loaded from (relative to default-world/), for `@reload`; null when none. */
  readonly filename: string | null;
}

/** A property found on an object (own or inherited). */
export interface HostPropLookup {
  readonly value: MooValue;
  /** The object that defines the property. */
  readonly definer: ObjId;
  /** The property's owner as seen on this object. */
  readonly owner: ObjId;
  readonly def: { readonly inheritOwner: boolean };
  /** The object's own record for it (its own value, or the definition); undefined = inherits the value. */
  readonly own: { readonly value: MooValue | undefined } | undefined;
}

/** One ACL row (src/world/records.ts). */
export interface HostAclRow {
  readonly rule: "allow" | "deny";
  readonly permission: HostPermission | "anything";
  readonly group: "everyone" | "owners" | "wizards" | null;
  readonly accessor: ObjId | null;
}

/** A verb found by name: the verb and the object that defines it. */
export interface HostVerbHit {
  readonly verb: HostVerb;
  /** The definer (`passthrough` continues from its parents). */
  readonly origin: ObjId;
}

/** The object fields verb code can read (through `obj.name`, `obj.location`, …). */
export interface HostObjectRecord {
  readonly id: ObjId;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly owner: ObjId;
  readonly parents: readonly ObjId[];
  readonly location: ObjId;
  readonly contents: readonly ObjId[];
  readonly isPlayer: boolean;
  readonly obvious: boolean;
  readonly wizard: boolean;
  readonly programmer: boolean;
  readonly builder: boolean;
  readonly placement: { readonly prep: string; readonly target: ObjId } | null;
  /** Verbs defined on the object itself, in definition order. */
  readonly verbs: readonly HostVerbRecord[];
}

export type HostPermission = "read" | "write" | "entrust" | "grant" | "execute" | "move" | "transmute" | "derive";

export type HostSubject =
  | { kind: "object"; obj: ObjId }
  | { kind: "verb"; obj: ObjId; verbId: number }
  | { kind: "property"; obj: ObjId; name: string };

export interface HostWorld {
  /** The object exists and is not recycled. No permission check. */
  valid(id: ObjId): boolean;
  /** The record of a valid object (InvalidArgument otherwise). No permission check: the runtime checks `read`. */
  obj(id: ObjId): HostObjectRecord;
  /** `#12 (ball)`. */
  label(id: ObjId): string;
  isWizard(who: ObjId): boolean;
  /** Valid player objects. */
  players(): ObjId[];
  /** Whether `ancestor` is a strict ancestor of `id`. */
  isA(id: ObjId, ancestor: ObjId): boolean;

  /** ACL check: may `who` do `perm` on the subject? */
  can(who: ObjId, perm: HostPermission, subject: HostSubject): boolean;
  /** Like `can`, but throws PermissionDenied. */
  check(who: ObjId, perm: HostPermission, subject: HostSubject): void;

  /** Property read (own or inherited); needs `read` on the property. NoSuchPropertyError if missing. */
  getProp(who: ObjId, id: ObjId, name: string): MooValue;
  /**
   * Property write. An existing property needs `write` on it; a missing one is created on the
   * object, owned by `who`, and needs `write` on the object.
   */
  setProp(who: ObjId, id: ObjId, name: string, value: MooValue): void;
  /** Whether the object has (or inherits) the property. No permission check (the runtime checks `read` on the object). */
  hasProp(id: ObjId, name: string): boolean;

  /** The verb `word` selects on `id` (own or inherited, nearest first). No permission check. */
  findVerb(id: ObjId, word: string): HostVerbHit | undefined;
  /** The same-named verb on the parents of `origin` (for passthrough). No permission check. */
  findParentVerb(origin: ObjId, word: string): HostVerbHit | undefined;

  /** Creates an object owned by `who` (owner ≠ who needs a wizard); needs `derive` on each parent; charges quota. */
  create(who: ObjId, opts: { name: string; parents?: readonly ObjId[]; owner?: ObjId; location?: ObjId }): ObjId;
  /** Moves an object; needs `move` on it; refuses containment loops. (The runtime asks the destination's `accept` first.) */
  move(who: ObjId, id: ObjId, dest: ObjId): void;
  /** Soft-recycles an object; needs `write` on it. */
  recycle(who: ObjId, id: ObjId): void;
  /** Any stored object, recycled ones included (undefined when destroyed or never made). No permission check. */
  rec(id: ObjId): (HostObjectRecord & { readonly recycled: boolean; readonly recycledAt: string | null }) | undefined;
  /** Brings a recycled object back (to `dest`, or nowhere); its owner or a wizard; charges the owner's quota. */
  restore(who: ObjId, id: ObjId, dest: ObjId): void;
  /** Deletes an object for good (recycled or not); needs `write` on it. */
  destroy(who: ObjId, id: ObjId): void;
  /** Renames; needs `write`. */
  setName(who: ObjId, id: ObjId, name: string): void;
  /** Changes the owner; needs `entrust`. */
  setOwner(who: ObjId, id: ObjId, owner: ObjId): void;
  /** Replaces the parents; needs `transmute` on the object and `derive` on each new parent. */
  setParents(who: ObjId, id: ObjId, parents: readonly ObjId[]): void;
  /** Replaces the aliases; needs `write`. */
  setAliases(who: ObjId, id: ObjId, aliases: readonly string[]): void;
  /** Needs `write`. */
  setObvious(who: ObjId, id: ObjId, obvious: boolean): void;
  /** Places `id` on/under/… `target`, or clears it (null); needs `move`. */
  setPlacement(who: ObjId, id: ObjId, placement: { prep: string; target: ObjId } | null): void;
  /** Player roles; wizards only. */
  setRoles(
    who: ObjId,
    id: ObjId,
    roles: { player?: boolean; wizard?: boolean; programmer?: boolean; builder?: boolean },
  ): void;

  // ---- objects in bulk (wizard statistics)
  /** Every object number, recycled ones included. */
  allIds(): ObjId[];
  /** The object and its ancestors in lookup order (the object first, depth 0). No permission check. */
  ancestors(id: ObjId): readonly { id: ObjId; depth: number }[];

  // ---- verbs as data
  /** Adds a verb; needs `write` on the object. Returns the verb's number. */
  addVerb(
    who: ObjId,
    id: ObjId,
    nv: {
      names: readonly string[];
      dspec?: HostObjSpec;
      ispecs?: readonly HostPrepSpec[];
      source: string;
      compiled: string;
      owner?: ObjId;
      filename?: string | null;
    },
  ): number;
  /** Changes a verb's code; needs `write` on the verb. */
  setVerbCode(who: ObjId, id: ObjId, verbId: number, source: string, compiled: string): void;
  /** Changes names / argument specs (`write` on the verb) or the owner (`entrust`). */
  setVerbInfo(
    who: ObjId,
    id: ObjId,
    verbId: number,
    info: { names?: readonly string[]; dspec?: HostObjSpec; ispecs?: readonly HostPrepSpec[]; owner?: ObjId },
  ): void;
  /** Removes a verb defined on the object; needs `write` on the object. */
  deleteVerb(who: ObjId, id: ObjId, verbId: number): void;

  // ---- properties as data
  /** A property (own or inherited) without permission checks. */
  findProp(id: ObjId, name: string): HostPropLookup | undefined;
  /** Names of the properties visible on the object, own first, then inherited (nearest first). */
  propNames(id: ObjId): string[];
  /** Introduces a property on the object; needs `write` on the object. */
  defineProp(
    who: ObjId,
    id: ObjId,
    name: string,
    value: MooValue,
    opts?: { owner?: ObjId; inheritOwner?: boolean },
  ): void;
  /** Removes a property defined on the object (and descendants' values); needs `write` on the object. */
  deleteProp(who: ObjId, id: ObjId, name: string): void;
  /** An inherited property follows the parent's value again; needs `write` on the property. */
  clearProp(who: ObjId, id: ObjId, name: string): void;
  /** Owner (`entrust`) or inherit-owner flag (`write`) of a property. */
  setPropInfo(who: ObjId, id: ObjId, name: string, info: { owner?: ObjId; inheritOwner?: boolean }): void;

  // ---- ACLs
  /** The ACL rows of a subject; needs `grant` (owners may always). */
  getAcl(who: ObjId, s: HostSubject): readonly HostAclRow[];
  /** Replaces the ACL rows of a subject; needs `grant`. */
  setAcl(who: ObjId, s: HostSubject, rows: readonly HostAclRow[]): void;
}
