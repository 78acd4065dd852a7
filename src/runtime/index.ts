/**
 * The verb runtime (issue 3): TypeScript verbs compiled at save time and run in an isolated
 * sandbox inside one task's transaction. See README.md in this folder.
 */
export { type CompiledVerb, compileEval, compileVerb } from "./compile/compile.js";
export { SDK_TYPES, SDK_VALUES } from "./compile/sdk-names.js";
export type { HostObjectRecord, HostPermission, HostSubject, HostVerb, HostVerbHit, HostWorld } from "./host-world.js";
export {
  createRuntime,
  type RunEvalRequest,
  type RunResult,
  type Runtime,
  type RuntimeError,
  type RuntimeOptions,
  type RunVerbRequest,
} from "./runtime.js";
export type { AccountRequest, MailRequest, RuntimeEffect, VerbCallback } from "./task/effects.js";
export { formatValue } from "./task/format.js";
export { docOf } from "./task/programming-ops.js";
export type {
  ConnectionSummary,
  RuntimeServices,
  ScheduleLookup,
  ScheduleSummary,
  ServerFigures,
} from "./task/services.js";
export type { CommandInfo } from "./task/task-run.js";
