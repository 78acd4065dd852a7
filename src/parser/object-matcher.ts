/**
 * Resolves an object string typed by a player (`the red ball`, `Bill's spoon`, `#12`, `me`) to an object,
 * through {@link MatchEnv} only. Rules, in order (README.md has the rationale):
 *
 * 1. `""` → NOTHING; `me` → the player; `here` → the player's location; `#N` → that object anywhere.
 * 2. Specifiers: `my X` searches only the player's inventory; `Name's X` / `Names' X` finds Name among the
 *    room's contents and searches its contents; `the`/`a`/`an X` searches for X as usual. If a specifier
 *    finds nothing, the whole string is tried as a name (an object may be called `The Thing`).
 * 3. Scopes: the player's inventory, then the room's contents (objects placed under/behind something
 *    only when the command has a `from` phrase), then the room itself.
 * 4. Exact before partial: an exact (case-insensitive) name or alias match anywhere in the scopes wins
 *    over any partial match. A partial match is a prefix of the name or alias or of one of their words
 *    (`ba` and `ball` both match `red ball`). Inside a tier the inventory is searched before the room;
 *    two or more hits in the first scope that has any are ambiguous.
 */
import { AmbiguousMatchError, NoSuchObjectError, type UserError } from "../core/errors.js";
import { AMBIGUOUS_MATCH, FAILED_MATCH, NOTHING, type ObjId, parseObjId } from "../core/ids.js";
import type { MatchEnv } from "./match-env.js";
import { HIDDEN_PLACEMENT_PREPS } from "./prepositions.js";

/** The outcome of matching one object string. */
export interface ObjectMatch {
  /** The object, or NOTHING (nothing typed), AMBIGUOUS_MATCH or FAILED_MATCH. */
  id: ObjId;
  /** The error to raise if a verb needs this object and it did not resolve; null when `id` is usable. */
  error: UserError | null;
}

export interface MatchOptions {
  /** The command has a `from` phrase: objects hidden under/behind things in the room become visible. */
  hasFrom?: boolean;
}

/** A leading specifier split off an object string. */
export type Specifier =
  | { kind: "none"; rest: string }
  | { kind: "my"; rest: string }
  | { kind: "article"; article: string; rest: string }
  | { kind: "possessive"; owner: string; rest: string };

const ARTICLES = new Set(["the", "a", "an"]);
const POSSESSIVE = /^(.+?)(?:['’]s|s['’])$/iu;

const normalized = new Map<string, string>();
const NORMALIZED_CACHE_SIZE = 50_000;

/** Normalises text for comparison: lower case, single spaces, trimmed. Memoised (names repeat a lot). */
export function normalizeName(text: string): string {
  let out = normalized.get(text);
  if (out === undefined) {
    out = text.trim().toLowerCase().split(/\s+/u).join(" ");
    if (normalized.size >= NORMALIZED_CACHE_SIZE) normalized.clear();
    normalized.set(text, out);
  }
  return out;
}

/** Splits `my X`, `the X`, `Bill's X`, `boys' X` into specifier and rest (spec §3.2). */
export function splitSpecifier(objstr: string): Specifier {
  const text = objstr.trim().split(/\s+/u).join(" ");
  const space = text.indexOf(" ");
  if (space < 0) return { kind: "none", rest: text };
  const head = text.slice(0, space);
  const rest = text.slice(space + 1);
  const lower = head.toLowerCase();
  if (lower === "my") return { kind: "my", rest };
  if (ARTICLES.has(lower)) return { kind: "article", article: head, rest };
  const possessive = POSSESSIVE.exec(head);
  if (possessive) {
    const owner = head.endsWith("s'") || head.endsWith("s’") ? head.slice(0, -1) : possessive[1]!;
    return { kind: "possessive", owner, rest };
  }
  return { kind: "none", rest: text };
}

/** Names an object may be called by: name and aliases, normalised. */
function callNames(env: MatchEnv, id: ObjId): string[] {
  return [env.name(id), ...env.aliases(id)].map(normalizeName);
}

function isExact(names: readonly string[], typed: string): boolean {
  return names.includes(typed);
}

function isPartial(names: readonly string[], typed: string): boolean {
  return names.some((n) => n.startsWith(typed) || n.includes(` ${typed}`));
}

/** At most this many candidates are named in an ambiguity message; the rest are counted. */
export const MAX_NAMED_CANDIDATES = 10;

/** Display names for an ambiguity message; objects sharing a name are told apart by number. */
function candidateNames(env: MatchEnv, all: readonly ObjId[]): string[] {
  const ids = all.length > MAX_NAMED_CANDIDATES ? all.slice(0, MAX_NAMED_CANDIDATES - 1) : all;
  const count = new Map<string, number>();
  for (const id of all) count.set(env.name(id), (count.get(env.name(id)) ?? 0) + 1);
  const names = ids.map((id) => env.name(id));
  const shown = names.map((n, i) => (count.get(n)! > 1 ? `${n} (#${ids[i]})` : n));
  if (ids.length < all.length) shown.push(`${all.length - ids.length} others`);
  return shown;
}

function found(id: ObjId): ObjectMatch {
  return { id, error: null };
}

/** A match that did not resolve; its error is built only when someone reads it (errors are costly). */
class Unresolved implements ObjectMatch {
  #error: UserError | undefined;
  constructor(
    readonly id: ObjId,
    private readonly makeError: () => UserError,
  ) {}
  get error(): UserError {
    this.#error ??= this.makeError();
    return this.#error;
  }
}

function ambiguous(env: MatchEnv, typed: string, ids: readonly ObjId[]): ObjectMatch {
  const names = candidateNames(env, ids);
  return new Unresolved(AMBIGUOUS_MATCH, () => new AmbiguousMatchError(typed, names));
}

function failed(what: string): ObjectMatch {
  return new Unresolved(FAILED_MATCH, () => new NoSuchObjectError(what));
}

/** Exact, then partial, over the scopes in order; the first scope with hits decides. */
function matchInScopes(
  env: MatchEnv,
  typed: string,
  scopes: readonly (readonly ObjId[])[],
  room: ObjId,
): ObjectMatch | null {
  const key = normalizeName(typed);
  if (key === "") return null;
  const names = scopes.map((scope) => scope.map((id) => callNames(env, id)));
  const pick = (test: (n: readonly string[], t: string) => boolean): ObjectMatch | null => {
    for (let s = 0; s < scopes.length; s++) {
      const hits = new Set<ObjId>();
      scopes[s]!.forEach((id, i) => {
        if (test(names[s]![i]!, key)) hits.add(id);
      });
      if (hits.size === 1) return found([...hits][0]!);
      if (hits.size > 1) return ambiguous(env, typed, [...hits]);
    }
    return null;
  };
  const exact = pick(isExact);
  if (exact) return exact;
  if (room !== NOTHING && env.valid(room) && isExact(callNames(env, room), key)) return found(room);
  return pick(isPartial);
}

/** The room's contents the player can match (hidden placements only with `from`). */
function roomScope(env: MatchEnv, room: ObjId, hasFrom: boolean): ObjId[] {
  if (room === NOTHING || !env.valid(room)) return [];
  return env.contents(room).filter((id) => {
    if (!env.valid(id)) return false;
    if (hasFrom) return true;
    const placement = env.placement(id);
    return placement === null || !HIDDEN_PLACEMENT_PREPS.has(placement.prep);
  });
}

function inventory(env: MatchEnv, who: ObjId): ObjId[] {
  return env.valid(who) ? env.contents(who).filter((id) => env.valid(id)) : [];
}

/**
 * Resolves `objstr` for `player` (rules in the module comment). Never throws: a failure is returned as
 * FAILED_MATCH with a NoSuchObjectError ("There is no 'x' here.") or AMBIGUOUS_MATCH with an
 * AmbiguousMatchError ("When you say "x", do you mean A or B?"), for the caller to raise when needed.
 */
export function matchObject(objstr: string, env: MatchEnv, player: ObjId, options: MatchOptions = {}): ObjectMatch {
  const text = objstr.trim().split(/\s+/u).join(" ");
  if (text === "") return { id: NOTHING, error: null };
  const lower = text.toLowerCase();
  const room = env.valid(player) ? env.location(player) : NOTHING;
  if (lower === "me") return env.valid(player) ? found(player) : failed(text);
  if (lower === "here") return room !== NOTHING && env.valid(room) ? found(room) : failed(text);
  const number = parseObjId(text);
  if (number !== null) return env.valid(number) ? found(number) : failed(text);

  const mine = inventory(env, player);
  const around = roomScope(env, room, options.hasFrom ?? false);
  const whole = () => matchInScopes(env, text, [mine, around], room) ?? failed(text);
  const spec = splitSpecifier(text);
  switch (spec.kind) {
    case "none":
      return whole();
    case "my":
      return matchInScopes(env, spec.rest, [mine], NOTHING) ?? whole();
    case "article":
      return matchInScopes(env, spec.rest, [mine, around], room) ?? whole();
    case "possessive": {
      const owner = matchInScopes(env, spec.owner, [around], NOTHING) ?? failed(spec.owner);
      if (owner.error) {
        const retry = matchInScopes(env, text, [mine, around], room);
        return retry ?? owner;
      }
      return matchInScopes(env, spec.rest, [inventory(env, owner.id)], NOTHING) ?? whole();
    }
  }
}
