/**
 * The preposition table (spec §3.2): 19 groups, canonical word first. Synonyms are normalised to the
 * canonical word. Multi-word synonyms (`in front of`, `on top of`, …) are matched as units, longest
 * first, so `on top of` never reads as `on` + `top of`. `of` is deliberately not a preposition.
 */

/** The 19 groups; the first word of each group is its canonical name. */
export const PREPOSITION_GROUPS: readonly (readonly string[])[] = [
  ["with", "using"],
  ["at", "to"],
  ["before", "in front of"],
  ["in", "inside", "into", "within"],
  ["on", "onto", "upon", "above", "on top of"],
  ["from", "out of", "from inside"],
  ["over"],
  ["through"],
  ["under", "underneath", "beneath", "below"],
  ["around", "round"],
  ["between", "among"],
  ["behind", "past"],
  ["beside", "by", "near", "next to", "along"],
  ["for", "about"],
  ["is"],
  ["as"],
  ["off", "off of"],
  ["up"],
  ["down"],
];

/** Where an object can be placed relative to another (`place X under Y`). */
export const PLACEMENT_PREPS: ReadonlySet<string> = new Set(["on", "under", "behind", "before", "beside", "over"]);

/** Placements that hide an object from room matching unless the command says `from`. */
export const HIDDEN_PLACEMENT_PREPS: ReadonlySet<string> = new Set(["under", "behind"]);

/** Every synonym (lower case, single spaces) → its canonical preposition. */
const CANONICAL = new Map<string, string>();
/** The longest synonym, in words. */
let maxWords = 1;
for (const group of PREPOSITION_GROUPS) {
  const canonical = group[0]!;
  for (const synonym of group) {
    CANONICAL.set(synonym, canonical);
    maxWords = Math.max(maxWords, synonym.split(" ").length);
  }
}

/** The longest preposition synonym, in words (3: `in front of`, `on top of`). */
export const MAX_PREP_WORDS = maxWords;

/**
 * The canonical preposition for a synonym (`"into"` → `"in"`, `"On Top  Of"` → `"on"`), or null.
 * Case-insensitive; runs of whitespace count as one space.
 */
export function canonicalPrep(phrase: string): string | null {
  return CANONICAL.get(phrase.trim().toLowerCase().split(/\s+/).join(" ")) ?? null;
}

/** Whether a word or phrase is one of the 19 canonical prepositions. */
export function isCanonicalPrep(word: string): boolean {
  return CANONICAL.get(word) === word;
}

/** A preposition found in a word list. */
export interface PrepMatch {
  /** Canonical preposition. */
  prep: string;
  /** How many words it spans (1–3). */
  length: number;
}

/**
 * The longest preposition starting at `words[start]`, or null. `eligible(i)` says whether word `i` may
 * be part of a preposition at all (quoted words may not).
 */
export function matchPrepAt(
  words: readonly string[],
  start: number,
  eligible: (index: number) => boolean = () => true,
): PrepMatch | null {
  for (let length = Math.min(MAX_PREP_WORDS, words.length - start); length >= 1; length--) {
    let phrase = "";
    let ok = true;
    for (let i = start; i < start + length; i++) {
      if (!eligible(i)) {
        ok = false;
        break;
      }
      phrase += (i === start ? "" : " ") + words[i]!.toLowerCase();
    }
    if (!ok) continue;
    const prep = CANONICAL.get(phrase);
    if (prep !== undefined) return { prep, length };
  }
  return null;
}
