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

/** The verb fields the runtime reads. */
export interface HostVerb {
  readonly id: number;
  readonly names: readonly string[];
  /** The verb runs with its owner's permissions. */
  readonly owner: ObjId;
  /** The compiled JavaScript (compile/compile.ts) stored with the verb. */
  readonly compiled: string;
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
}

export type HostPermission = "read" | "write" | "entrust" | "grant" | "execute" | "move" | "transmute" | "derive";

export type HostSubject = { kind: "object"; obj: ObjId } | { kind: "verb"; obj: ObjId; verbId: number };

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
  /** Renames; needs `write`. */
  setName(who: ObjId, id: ObjId, name: string): void;
  /** Changes the owner; needs `entrust`. */
  setOwner(who: ObjId, id: ObjId, owner: ObjId): void;
  /** Replaces the parents; needs `transmute` on the object and `derive` on each new parent. */
  setParents(who: ObjId, id: ObjId, parents: readonly ObjId[]): void;
}
