/**
 * The contract the web admin (and web signup) use to read and change the world, like the
 * `Gateway` is for play. The tasks layer implements it (`tasks/admin-service.ts`); the web layer
 * only sees this interface and plain data. Every operation names the acting account's avatar
 * (`actor`) and is checked with the same permission rules as in-world commands; failures throw
 * `UserError`s (`PermissionDenied`, `InvalidArgument`, `CompileError`...) with a message meant for
 * the person at the browser.
 *
 * Values cross as JSON: object references are `{"o#": N}` (the storage/wire form).
 */
import type { AccountInfo } from "./gateway.js";
import type { ObjId } from "./ids.js";
import type { ObjSpec, PrepSpec } from "./verb-spec.js";

/** `{ id, name }` of an object, for links (name is "" when the object does not exist). */
export interface ObjLink {
  id: ObjId;
  name: string;
}

export interface AdminObjectSummary extends ObjLink {
  owner: ObjLink;
  location: ObjLink;
  parents: ObjLink[];
  isPlayer: boolean;
  recycled: boolean;
  /** The actor may change the object itself (name, parents...). */
  writable: boolean;
}

export interface AdminAclRow {
  rule: "allow" | "deny";
  permission: string;
  group: "everyone" | "owners" | "wizards" | null;
  accessor: ObjId | null;
}

export interface AdminProp {
  name: string;
  /** JSON (refs as `{"o#": N}`); undefined when the actor may not read it. */
  value?: unknown;
  readable: boolean;
  writable: boolean;
  /** Where it is defined. */
  definer: ObjLink;
  owner: ObjLink;
  /** True when the value is inherited (the object has no value of its own). */
  clear: boolean;
  /** ACL rows (on the definer); only when the actor may `grant` on it. */
  acl?: AdminAclRow[];
}

export interface AdminVerbSummary {
  id: number;
  names: string[];
  /** The object the verb is defined on. */
  on: ObjLink;
  owner: ObjLink;
  dspec: ObjSpec;
  ispecs: PrepSpec[];
  readable: boolean;
  writable: boolean;
}

export interface AdminVerb extends AdminVerbSummary {
  /** TypeScript source (empty when not readable). */
  source: string;
  acl?: AdminAclRow[];
}

export interface AdminObject extends AdminObjectSummary {
  aliases: string[];
  obvious: boolean;
  contents: ObjLink[];
  children: ObjLink[];
  roles: { wizard: boolean; programmer: boolean; builder: boolean };
  props: AdminProp[];
  /** Verbs defined on the object itself. */
  verbs: AdminVerbSummary[];
  /** Verbs inherited from ancestors (nearest first). */
  inheritedVerbs: AdminVerbSummary[];
  /** The object's ACL rows, when the actor may `grant` on it. */
  acl?: AdminAclRow[];
  /** What the actor may do: change ownership (`entrust`), parents (`transmute`), move, grant. */
  can: { write: boolean; entrust: boolean; transmute: boolean; move: boolean; grant: boolean };
}

export interface AdminObjectChange {
  name?: string;
  aliases?: string[];
  owner?: ObjId;
  parents?: ObjId[];
  location?: ObjId;
  obvious?: boolean;
}

export interface AdminVerbChange {
  source?: string;
  names?: string[];
  dspec?: ObjSpec;
  ispecs?: PrepSpec[];
}

export type AdminAclSubject =
  | { kind: "object" }
  | { kind: "verb"; verbId: number }
  | { kind: "property"; name: string };

export interface AdminAccount {
  id: number;
  login: string;
  avatar: ObjLink;
  status: "active" | "suspended" | "banned";
  statusReason: string | null;
  suspendedUntil: string | null;
  roles: { wizard: boolean; programmer: boolean; builder: boolean };
  keys: { n: number; type: string; comment: string; fingerprint: string }[];
}

export interface AdminAccountChange {
  roles?: { wizard?: boolean; programmer?: boolean; builder?: boolean };
  status?: "active" | "suspended" | "banned";
  reason?: string | null;
  /** ISO time a suspension ends (null = indefinitely). */
  until?: string | null;
  addKey?: string;
  /** 1-based key number to remove. */
  removeKey?: number;
  password?: string;
}

export interface AdminAuditEntry {
  id: number;
  at: string;
  actor: ObjLink;
  action: string;
  target: ObjLink;
  targetRepr: string;
  detail: string;
}

export interface AdminSchedule {
  id: number;
  this: ObjLink;
  verb: string;
  args: unknown;
  perms: ObjLink;
  player: ObjLink;
  kind: string;
  intervalMs: number | null;
  cron: string | null;
  nextRunAt: string;
  enabled: boolean;
  runCount: number;
  lastRunAt: string | null;
  lastError: string | null;
}

export interface AdminSession {
  id: string;
  player: ObjLink;
  protocol: string;
  remote: string;
  mode: string;
  connectedAt: string;
  idleSeconds: number;
}

/** A problem found by the save-time compile check. */
export interface CompileProblem {
  message: string;
  line: number;
  column: number;
}

export interface SignupRequest {
  login: string;
  password: string;
  characterName: string;
  remote?: string;
}

export interface AdminService {
  /** Creates an account and its avatar (placed in `$player_start`), then logs it in. */
  signup(req: SignupRequest): Promise<AccountInfo>;

  /** Objects whose number, name or alias matches `query` (all when empty), up to `limit`. */
  listObjects(actor: ObjId, query: string, limit: number): Promise<AdminObjectSummary[]>;
  getObject(actor: ObjId, id: ObjId): Promise<AdminObject>;
  updateObject(actor: ObjId, id: ObjId, change: AdminObjectChange): Promise<void>;
  /** Sets a property (defines it on the object when it does not exist). `value` is JSON. */
  setProperty(actor: ObjId, id: ObjId, name: string, value: unknown): Promise<void>;
  deleteProperty(actor: ObjId, id: ObjId, name: string): Promise<void>;
  getVerb(actor: ObjId, id: ObjId, verbId: number): Promise<AdminVerb>;
  /** Adds a verb; compiles its source first. Returns the new verb's number. */
  addVerb(actor: ObjId, id: ObjId, verb: Required<AdminVerbChange>): Promise<number>;
  /** Changes a verb; a new source is compiled first (a CompileError refuses the save). */
  updateVerb(actor: ObjId, id: ObjId, verbId: number, change: AdminVerbChange): Promise<void>;
  deleteVerb(actor: ObjId, id: ObjId, verbId: number): Promise<void>;
  setAcl(actor: ObjId, id: ObjId, subject: AdminAclSubject, rows: AdminAclRow[]): Promise<void>;
  /** The save-time compile check alone (null = compiles). */
  compileCheck(source: string): CompileProblem | null;

  // Wizards only.
  listAccounts(actor: ObjId, query: string): Promise<AdminAccount[]>;
  updateAccount(actor: ObjId, accountId: number, change: AdminAccountChange): Promise<void>;
  auditLog(actor: ObjId, opts: { limit: number; before?: number; query?: string }): Promise<AdminAuditEntry[]>;
  schedules(actor: ObjId): Promise<AdminSchedule[]>;
  setScheduleEnabled(actor: ObjId, id: number, enabled: boolean): Promise<void>;
  deleteSchedule(actor: ObjId, id: number): Promise<void>;
  sessions(actor: ObjId): Promise<AdminSession[]>;
}
