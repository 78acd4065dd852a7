/**
 * Chooses the verb a resolved command runs (spec §3.4). Reads the world only through {@link MatchEnv}
 * (the world cache): one `verbsNamed` call per candidate object, no database round trips.
 *
 * - Candidates, in search order: the player, each item the player carries, the player's location, the
 *   direct object, each resolved prepositional object.
 * - A verb fits a candidate when its argument specs accept the command ({@link fitVerb}).
 * - Several fitting verbs on one candidate: most declared prepositions present, then fewest declared but
 *   absent, then shallowest definition, then lowest ancestor order, then lowest verb id.
 * - Across candidates the **last** one in search order with a fitting verb wins, so a verb on the object
 *   you name beats a generic verb on you or the room (see README.md for why this differs from LambdaMOO).
 */

import { UserError } from "../core/errors.js";
import { AMBIGUOUS_MATCH, NOTHING, type ObjId, SYSTEM_OBJECT } from "../core/ids.js";
import { verbNameFull, verbNameMatches } from "../core/verb-spec.js";
import type { MatchEnv, VerbCandidate } from "./match-env.js";
import { canonicalPrep } from "./prepositions.js";
import type { ResolvedCommand } from "./resolve.js";

export const DONT_KNOW_HOW = "I don't know how to do that.";

/** The chosen verb and the object it runs on (`this`). */
export interface VerbMatch {
  kind: "verb";
  this: ObjId;
  verb: VerbCandidate;
  command: ResolvedCommand;
}

/** No verb fits. `message` is what the player should see if the room has no `huh` verb. */
export interface DispatchFailure {
  kind: "fail";
  /** `no-object`: a direct object was typed but not found; `ambiguous`: it matched several; else `no-verb`. */
  reason: "no-object" | "ambiguous" | "no-verb";
  message: string;
  error: UserError;
  command: ResolvedCommand;
}

export type DispatchResult = VerbMatch | DispatchFailure;

/** How well a verb's argument specs fit a command; higher `matched`, lower `absent` is better. */
export interface Fit {
  matched: number;
  absent: number;
}

/** The objects searched for the verb, in order (invalid and unresolved ones left out). */
export function searchOrder(command: ResolvedCommand, env: MatchEnv, player: ObjId): ObjId[] {
  const order: ObjId[] = [];
  const add = (id: ObjId) => {
    if (id >= 0 && env.valid(id)) order.push(id);
  };
  add(player);
  if (env.valid(player)) {
    for (const item of env.contents(player)) add(item);
    add(env.location(player));
  }
  add(command.dobj.id);
  for (const phrase of command.resolved) add(phrase.object.id);
  return order;
}

/**
 * Whether `verb`, found on `candidate`, accepts the command's arguments; null if not.
 * - dspec `this`: the direct object is the candidate; `none`: no direct-object string; `any`: one was
 *   typed (resolved or not); `either`: anything.
 * - ispecs are permissive: a declared preposition constrains only when the command has it; then `this`
 *   needs one of its objects to be the candidate. Prep `any` is present when any phrase is; prep `none`
 *   rejects a command that has any phrase.
 */
export function fitVerb(verb: VerbCandidate, candidate: ObjId, command: ResolvedCommand): Fit | null {
  const typedDobj = command.dobjstr !== "";
  switch (verb.dspec) {
    case "this":
      if (command.dobj.id !== candidate) return null;
      break;
    case "none":
      if (typedDobj) return null;
      break;
    case "any":
      if (!typedDobj) return null;
      break;
    case "either":
      break;
  }
  const fit: Fit = { matched: 0, absent: 0 };
  for (const ispec of verb.ispecs) {
    const prep = ispec.prep.toLowerCase();
    if (prep === "none") {
      if (command.resolved.length > 0) return null;
      continue;
    }
    const canonical = prep === "any" ? "any" : (canonicalPrep(prep) ?? prep);
    const phrases = canonical === "any" ? command.resolved : command.resolved.filter((p) => p.prep === canonical);
    if (phrases.length === 0) {
      fit.absent++;
      continue;
    }
    if (ispec.spec === "this" && !phrases.some((p) => p.object.id === candidate)) return null;
    fit.matched++;
  }
  return fit;
}

/** Negative when `a` should be preferred over `b` (same-candidate tie-break). */
function compareFits(a: { fit: Fit; verb: VerbCandidate }, b: { fit: Fit; verb: VerbCandidate }): number {
  return (
    b.fit.matched - a.fit.matched ||
    a.fit.absent - b.fit.absent ||
    a.verb.depth - b.verb.depth ||
    a.verb.order - b.verb.order ||
    a.verb.verbId - b.verb.verbId
  );
}

/** The best verb named `command.verb` on `candidate` that fits the command, or null. */
export function bestVerbOn(candidate: ObjId, command: ResolvedCommand, env: MatchEnv): VerbCandidate | null {
  let best: { fit: Fit; verb: VerbCandidate } | null = null;
  for (const verb of env.verbsNamed(candidate, command.verb)) {
    const fit = fitVerb(verb, candidate, command);
    if (fit === null) continue;
    const entry = { fit, verb };
    if (best === null || compareFits(entry, best) < 0) best = entry;
  }
  return best?.verb ?? null;
}

/** The failure to report when no verb fits (spec §3.4). */
export function failureFor(command: ResolvedCommand, env: MatchEnv): DispatchFailure {
  const { dobj } = command;
  if (command.dobjstr !== "" && dobj.error !== null && env.anyVerbNamed(command.verb)) {
    const reason = dobj.id === AMBIGUOUS_MATCH ? "ambiguous" : "no-object";
    return { kind: "fail", reason, message: dobj.error.message, error: dobj.error, command };
  }
  const error = new UserError(DONT_KNOW_HOW, "E_VERBNF");
  return { kind: "fail", reason: "no-verb", message: DONT_KNOW_HOW, error, command };
}

/**
 * Chooses the verb for `command` typed by `player` (rules in the module comment). Never throws.
 * On failure the caller runs the room's `huh` verb if there is one ({@link findHuh}), else shows `message`.
 */
export function dispatch(command: ResolvedCommand, env: MatchEnv, player: ObjId): DispatchResult {
  let chosen: VerbMatch | null = null;
  for (const candidate of searchOrder(command, env, player)) {
    const verb = bestVerbOn(candidate, command, env);
    if (verb) chosen = { kind: "verb", this: candidate, verb, command };
  }
  return chosen ?? failureFor(command, env);
}

/** The verb's name as the player should read it: the full name of the pattern the word matched. */
function displayName(verb: VerbCandidate, word: string): string {
  const pattern = verb.names.find((n) => verbNameMatches(n, word));
  if (pattern === undefined || pattern.endsWith("*")) return word;
  return verbNameFull(pattern);
}

/**
 * Why a verb of this name exists but did not fit, in the reference's words, or null:
 * 'The verb "news" doesn't take a direct object.' / 'The verb "take" requires a direct object.'
 * Looks at same-name verbs on the search-order candidates, last candidate first (as dispatch does).
 */
export function explainArgs(command: ResolvedCommand, env: MatchEnv, player: ObjId): string | null {
  const typedDobj = command.dobjstr !== "";
  const order = searchOrder(command, env, player);
  for (let i = order.length - 1; i >= 0; i--) {
    for (const verb of env.verbsNamed(order[i]!, command.verb)) {
      const name = displayName(verb, command.verb);
      if (verb.dspec === "none" && typedDobj) return `The verb "${name}" doesn't take a direct object.`;
      if ((verb.dspec === "any" || verb.dspec === "this") && !typedDobj) {
        return `The verb "${name}" requires a direct object.`;
      }
    }
  }
  return null;
}

/** The room's `huh` verb, which handles commands that did not dispatch (spec §9.4), or null. */
export function findHuh(env: MatchEnv, player: ObjId): { this: ObjId; verb: VerbCandidate } | null {
  if (!env.valid(player)) return null;
  const room = env.location(player);
  if (room === NOTHING || !env.valid(room)) return null;
  const verb = env.verbsNamed(room, "huh")[0];
  return verb ? { this: room, verb } : null;
}

/** The System Object's `do_command` hook, which may take over any command (spec §3.4), or null. */
export function findDoCommand(env: MatchEnv): VerbCandidate | null {
  if (!env.valid(SYSTEM_OBJECT)) return null;
  return env.verbsNamed(SYSTEM_OBJECT, "do_command")[0] ?? null;
}
