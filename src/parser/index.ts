/**
 * The command parser: typed line → commands → resolved objects → chosen verb. See README.md.
 */
export type { CommandOptions, ParsedCommand, PrepPhrase } from "./command.js";
export { DEFAULT_FREE_TEXT_VERBS, DONT_UNDERSTAND, parseCommand, SHORTCUTS } from "./command.js";
export { splitCommands } from "./compound.js";
export type { DispatchFailure, DispatchResult, Fit, VerbMatch } from "./dispatcher.js";
export {
  bestVerbOn,
  DONT_KNOW_HOW,
  dispatch,
  explainArgs,
  failureFor,
  findDoCommand,
  findHuh,
  fitVerb,
  searchOrder,
} from "./dispatcher.js";
export type { Token } from "./lexer.js";
export { lexTokens, lexWords, UNMATCHED_QUOTE } from "./lexer.js";
export type { MatchEnv, Placement, VerbCandidate } from "./match-env.js";
export type { MatchOptions, ObjectMatch, Specifier } from "./object-matcher.js";
export { MAX_NAMED_CANDIDATES, matchObject, normalizeName, splitSpecifier } from "./object-matcher.js";
export type { ParseOptions } from "./parse-line.js";
export { MAX_COMMANDS_PER_LINE, parseCommands, parseLine } from "./parse-line.js";
export type { PrepMatch } from "./prepositions.js";
export {
  canonicalPrep,
  HIDDEN_PLACEMENT_PREPS,
  isCanonicalPrep,
  matchPrepAt,
  PLACEMENT_PREPS,
  PREPOSITION_GROUPS,
} from "./prepositions.js";
export type { ResolvedCommand, ResolvedPhrase } from "./resolve.js";
export { hasFromPhrase, objectsFor, resolveCommand } from "./resolve.js";
