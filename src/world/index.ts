/** The world model: objects, properties, verbs, inheritance, permissions, accounts. */
export {
  type Account,
  type AccountStatus,
  Accounts,
  type AuditRow,
  blockedMessage,
  LOGIN_PATTERN,
  parsePublicKeyLine,
  type SshKey,
  utcMinute,
} from "./accounts.js";
export { IdsExhausted } from "./id-allocator.js";
export { ancestorOrder } from "./inheritance.js";
export { matchEnvFor } from "./match-env.js";
export { hashPassword, passwordProblem, verifyPassword } from "./password.js";
export { aclAllows } from "./permissions.js";
export { avatarClass, createAvatar, createPlayer, type Roles } from "./players.js";
export {
  type AclRow,
  defaultAcl,
  GROUPS,
  type Group,
  type ObjectRecord,
  PERMISSIONS,
  type Permission,
  type PropRecord,
  type VerbRecord,
} from "./records.js";
export { setSysObj, sysObj } from "./system-object.js";
export { type CommitHook, type CommitInfo, World, type WorldOptions } from "./world.js";
export type { VerbHit } from "./world-state.js";
export {
  type AclSubjectRef,
  type AuditEntry,
  BUILTIN_PROPERTIES,
  type CreateOptions,
  type NewVerb,
  type PropLookup,
  SYSTEM,
  WorldTx,
} from "./world-tx.js";
