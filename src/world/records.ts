/**
 * The in-memory shape of world state. An `ObjectRecord` holds an object and everything attached to
 * it (aliases, parents, contents, properties, verbs, ACL rows). Records are treated as immutable
 * once committed: a transaction copies a record before changing it (copy-on-write), so readers of
 * the committed state never see a half-made change.
 */
import type { ObjId } from "../core/ids.js";
import type { MooValue } from "../core/values.js";
import type { ObjSpec, PrepSpec } from "../core/verb-spec.js";

export const PERMISSIONS = [
  "read",
  "write",
  "entrust",
  "grant",
  "execute",
  "move",
  "transmute",
  "derive",
  "anything",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const GROUPS = ["everyone", "owners", "wizards"] as const;
export type Group = (typeof GROUPS)[number];

/** One ACL row: allow or deny a permission to a group or to one object. */
export interface AclRow {
  readonly rule: "allow" | "deny";
  readonly permission: Permission;
  readonly group: Group | null;
  readonly accessor: ObjId | null;
}

export interface PropRecord {
  readonly name: string;
  /** `undefined` = clear: the value is inherited from the nearest ancestor that has one. */
  readonly value: MooValue | undefined;
  readonly owner: ObjId;
  /** True on the object that introduced the property (its definer). */
  readonly defined: boolean;
  /** LambdaMOO's `c` bit: on descendants, the property is owned by the definer's owner. */
  readonly inheritOwner: boolean;
  /** ACL rows; meaningful on the definer (descendants use the definer's rows). */
  readonly acl: readonly AclRow[];
}

export interface VerbRecord {
  readonly id: number;
  readonly names: readonly string[];
  readonly owner: ObjId;
  readonly dspec: ObjSpec;
  readonly ispecs: readonly PrepSpec[];
  readonly source: string;
  readonly compiled: string;
  readonly filename: string | null;
  readonly acl: readonly AclRow[];
}

export interface Placement {
  readonly prep: string;
  readonly target: ObjId;
}

export interface ObjectRecord {
  readonly id: ObjId;
  name: string;
  aliases: readonly string[];
  owner: ObjId;
  parents: readonly ObjId[];
  location: ObjId;
  contents: readonly ObjId[];
  obvious: boolean;
  isPlayer: boolean;
  wizard: boolean;
  programmer: boolean;
  builder: boolean;
  recycled: boolean;
  recycledAt: string | null;
  placement: Placement | null;
  props: ReadonlyMap<string, PropRecord>;
  verbs: readonly VerbRecord[];
  acl: readonly AclRow[];
  /** Bumped by every commit that changes this record (optimistic concurrency). */
  version: number;
  createdAt: string;
  /** Order of arrival in the current location. */
  locationSeq: number;
}

/** A shallow copy a transaction may change (collections are replaced, never mutated in place). */
export function copyRecord(r: ObjectRecord): ObjectRecord {
  return { ...r };
}

/** The three rows every new object, verb and property gets (reference §2.3). */
export function defaultAcl(kind: "object" | "verb" | "property"): AclRow[] {
  return [
    { rule: "allow", permission: "anything", group: "wizards", accessor: null },
    { rule: "allow", permission: "anything", group: "owners", accessor: null },
    { rule: "allow", permission: kind === "verb" ? "execute" : "read", group: "everyone", accessor: null },
  ];
}
