/**
 * Verb argument specifications and verb-name matching (LambdaMOO semantics, reference §1.5 / §3.4).
 */

/** Direct-object spec. `either` = no constraint. */
export type ObjSpec = "this" | "any" | "none" | "either";

/** One indirect-object spec: a canonical preposition (or `any`/`none`) and what must follow it. */
export interface PrepSpec {
  prep: string;
  spec: "this" | "any" | "none";
}

export interface VerbArgs {
  dspec: ObjSpec;
  ispecs: PrepSpec[];
}

/**
 * Does the typed word select a verb named `pattern`? Case-insensitive.
 * - `l*ook` matches `l`, `lo`, `loo`, `look` (the star marks the shortest abbreviation);
 * - `foo*` matches anything starting with `foo`;
 * - `*` matches anything.
 * This is LambdaMOO's documented rule (the reference expands names at creation time and gets
 * `foo*`/`*` wrong; see docs/decisions.md).
 */
export function verbNameMatches(pattern: string, word: string): boolean {
  const p = pattern.toLowerCase();
  const w = word.toLowerCase();
  const star = p.indexOf("*");
  if (star < 0) return p === w;
  const head = p.slice(0, star);
  const tail = p.slice(star + 1);
  if (tail === "") return w.startsWith(head);
  const full = head + tail;
  return w.length >= head.length && w.length <= full.length && full.startsWith(w);
}

/** Does any of a verb's names match the word? */
export function anyVerbNameMatches(names: readonly string[], word: string): boolean {
  for (const n of names) if (verbNameMatches(n, word)) return true;
  return false;
}

/** The canonical display name of a verb name pattern: `l*ook` → `look`. */
export function verbNameFull(pattern: string): string {
  return pattern.replace("*", "");
}
