/**
 * Resolves a parsed command's object strings (the direct object and every prepositional object) against
 * the world. Failures are kept, not thrown: a verb that does not need the object never sees the error.
 */
import { NOTHING, type ObjId } from "../core/ids.js";
import type { ParsedCommand, PrepPhrase } from "./command.js";
import type { MatchEnv } from "./match-env.js";
import { matchObject, type ObjectMatch } from "./object-matcher.js";

/** A prepositional phrase with its object resolved. */
export interface ResolvedPhrase extends PrepPhrase {
  object: ObjectMatch;
}

export interface ResolvedCommand extends ParsedCommand {
  /** The direct object (NOTHING when no direct-object string was typed). */
  dobj: ObjectMatch;
  /** The phrases of `phrases`, in the same order, each with its object. */
  resolved: ResolvedPhrase[];
  /** LambdaMOO-compatible: the first phrase's object id, or NOTHING. */
  iobj: ObjId;
}

/** Whether the command says `from` (which makes hidden placements visible), even as `from under the rug`. */
export function hasFromPhrase(command: ParsedCommand): boolean {
  return command.typedPreps.includes("from");
}

/** Resolves the direct object and each prepositional object of `command` for `player`. Never throws. */
export function resolveCommand(command: ParsedCommand, env: MatchEnv, player: ObjId): ResolvedCommand {
  const options = { hasFrom: hasFromPhrase(command) };
  const dobj = command.raw ? { id: NOTHING, error: null } : matchObject(command.dobjstr, env, player, options);
  const resolved = command.phrases.map((p) => ({ ...p, object: matchObject(p.objstr, env, player, options) }));
  return { ...command, dobj, resolved, iobj: resolved[0]?.object.id ?? NOTHING };
}

/** The objects of all phrases with the given canonical preposition, in typed order. */
export function objectsFor(command: ResolvedCommand, prep: string): ObjectMatch[] {
  return command.resolved.filter((p) => p.prep === prep).map((p) => p.object);
}
