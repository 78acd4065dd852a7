/**
 * The database schema as Kysely types. One schema for SQLite (embedded) and PostgreSQL
 * (scale-out): integers for booleans, JSON as text, timestamps as ISO-8601 text.
 */
import type { Generated } from "kysely";

export interface MetaTable {
  key: string;
  value: string;
}

export interface ObjectsTable {
  id: number;
  name: string;
  owner: number;
  location: number;
  /** Order of arrival in `location` (contents are listed in this order). */
  location_seq: number;
  obvious: number;
  is_player: number;
  wizard: number;
  programmer: number;
  builder: number;
  recycled: number;
  recycled_at: string | null;
  placement_prep: string | null;
  placement_target: number | null;
  /** Optimistic-concurrency version, bumped by every commit that changes the object. */
  version: number;
  created_at: string;
}

export interface ObjectParentsTable {
  child: number;
  parent: number;
  position: number;
}

export interface ObjectAliasesTable {
  object: number;
  position: number;
  alias: string;
}

export interface PropertiesTable {
  object: number;
  name: string;
  /** JSON text, or null when the property is "clear" (inherits the value). */
  value: string | null;
  owner: number;
  /** 1 when the property is defined (introduced) on this object. */
  defined: number;
  inherit_owner: number;
}

export interface VerbsTable {
  id: number;
  object: number;
  position: number;
  /** JSON array of name patterns (`l*ook`). */
  names: string;
  owner: number;
  dspec: string;
  /** JSON array of {prep, spec}. */
  ispecs: string;
  source: string;
  compiled: string;
  /** File the verb was loaded from (default world), for @reload. */
  filename: string | null;
}

export interface AclTable {
  id: Generated<number>;
  object: number;
  /** "object" | "verb" | "property" */
  subject_kind: string;
  /** "" for the object itself, the verb id, or the property name. */
  subject_key: string;
  rule: string;
  permission: string;
  grp: string | null;
  accessor: number | null;
  position: number;
}

export interface AccountsTable {
  id: Generated<number>;
  login: string;
  password_hash: string;
  avatar: number;
  status: string;
  status_reason: string | null;
  suspended_until: string | null;
  created_at: string;
}

export interface SshKeysTable {
  id: Generated<number>;
  account_id: number;
  key_type: string;
  key_data: string;
  comment: string;
  fingerprint: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: number;
  action: string;
  target: number;
  target_repr: string;
  detail: string;
}

export interface Database {
  meta: MetaTable;
  objects: ObjectsTable;
  object_parents: ObjectParentsTable;
  object_aliases: ObjectAliasesTable;
  properties: PropertiesTable;
  verbs: VerbsTable;
  acl: AclTable;
  accounts: AccountsTable;
  ssh_keys: SshKeysTable;
  audit_log: AuditLogTable;
  schedules: SchedulesTable;
  mail_messages: MailMessagesTable;
  mail_recipients: MailRecipientsTable;
}

export interface SchedulesTable {
  id: Generated<number>;
  /** The id verb code sees (`invoke`'s result, `cancelSchedule`); null only if written by old code. */
  handle: string | null;
  this_obj: number;
  verb: string;
  args: string;
  /** Whose permissions the task runs with. */
  perms: number;
  player: number;
  /** "once" | "every" | "cron" */
  kind: string;
  interval_ms: number | null;
  cron: string | null;
  next_run_at: string;
  enabled: Generated<number>;
  run_count: Generated<number>;
  last_run_at: string | null;
  last_error: string | null;
  created_at: string;
}

export interface MailMessagesTable {
  id: Generated<number>;
  sender: number;
  subject: string;
  body: string;
  sent_at: string;
}

export interface MailRecipientsTable {
  message_id: number;
  recipient: number;
  read: number;
  deleted: number;
}
