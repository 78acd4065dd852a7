/**
 * What the parser needs to know about the world. The world model implements it over its cache
 * (no database round trips); tests implement it over a small in-memory table.
 */
import type { ObjId } from "../core/ids.js";
import type { ObjSpec, PrepSpec } from "../core/verb-spec.js";

export interface Placement {
  prep: string; // on | under | behind | before | beside | over
  target: ObjId;
}

/** A verb the dispatcher may choose, as found on an object or inherited. */
export interface VerbCandidate {
  verbId: number;
  /** The object that defines the verb. */
  origin: ObjId;
  names: readonly string[];
  dspec: ObjSpec;
  ispecs: readonly PrepSpec[];
  /** 0 = defined on the candidate itself, 1 = on a parent, … */
  depth: number;
  /** Position in the candidate's ancestor order (0 = the object itself); breaks ties after depth. */
  order: number;
}

export interface MatchEnv {
  /** True when the object exists and is not recycled. */
  valid(id: ObjId): boolean;
  name(id: ObjId): string;
  aliases(id: ObjId): readonly string[];
  /** Location, or NOTHING (-1). */
  location(id: ObjId): ObjId;
  contents(id: ObjId): readonly ObjId[];
  placement(id: ObjId): Placement | null;
  /** Verbs on `id` or inherited whose names match `word` (per verbNameMatches), nearest first. */
  verbsNamed(id: ObjId, word: string): readonly VerbCandidate[];
  /** Whether any object in the world has a verb matching `word` (for the failure message). */
  anyVerbNamed(word: string): boolean;
}
