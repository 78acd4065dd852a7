/**
 * The names verb code may import from `"moo"`. Values exist at run time (the sandbox shim defines
 * them); types exist only in `sdk/moo.d.ts` and are erased by the compiler. Keep this list in step
 * with the shim (`sandbox/shim.js`) and the declaration file.
 */

/** Run-time exports of the SDK module. */
export const SDK_VALUES: readonly string[] = [
  "$",
  "lookup",
  "valid",
  "players",
  "create",
  "move",
  "recycle",
  "print",
  "tell",
  "announce",
  "invoke",
  "passthrough",
  "setTaskPerms",
  "isWizard",
  "timeLeft",
  "openEditor",
  "openPager",
  "promptInput",
  "connectedPlayers",
  "connectionInfo",
  "roles",
  "setRoles",
  "serverInfo",
  "generatePassword",
  "account",
  "checkCode",
  "MooObject",
  "MooError",
  "UserError",
];

/** Type-only exports of the SDK module (erased at compile time). */
export const SDK_TYPES: readonly string[] = [
  "MooValue",
  "ObjectRef",
  "InvokeOptions",
  "CreateOptions",
  "EditorOptions",
  "PagerOptions",
  "InputOptions",
  "TellKind",
  "SystemObjects",
  "CommandContext",
  "ObjSpec",
  "PrepSpec",
  "VerbInfo",
  "VerbOptions",
  "VerbChanges",
  "PropInfo",
  "Permission",
  "AclRow",
  "AclTarget",
  "Roles",
  "ConnectionInfo",
  "ServerInfo",
  "AccountRequest",
  "AccountResult",
  "CodeProblem",
  "Placement",
];

/** The context names every verb body sees as variables (LambdaMOO's verb variables). */
export const CONTEXT_PARAMS: readonly string[] = [
  "player",
  "caller",
  "verb",
  "args",
  "argstr",
  "dobj",
  "dobjstr",
  "prep",
  "prepstr",
  "iobj",
  "iobjstr",
  "words",
];
