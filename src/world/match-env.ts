/**
 * The parser's view of the world (`MatchEnv`), served from a transaction's in-memory records:
 * dispatch costs no database round trip.
 */
import { NOTHING, type ObjId } from "../core/ids.js";
import type { MatchEnv, Placement, VerbCandidate } from "../parser/match-env.js";
import type { WorldTx } from "./world-tx.js";

export function matchEnvFor(tx: WorldTx): MatchEnv {
  return {
    valid: (id) => tx.valid(id),
    name: (id) => tx.rec(id)?.name ?? "",
    aliases: (id) => tx.rec(id)?.aliases ?? [],
    location: (id) => tx.rec(id)?.location ?? NOTHING,
    contents: (id) => tx.rec(id)?.contents ?? [],
    placement: (id): Placement | null => tx.rec(id)?.placement ?? null,
    verbsNamed: (id: ObjId, word: string): VerbCandidate[] =>
      tx.verbsNamed(id, word).map((h) => ({
        verbId: h.verb.id,
        origin: h.origin,
        names: h.verb.names,
        dspec: h.verb.dspec,
        ispecs: h.verb.ispecs,
        depth: h.depth,
        order: h.order,
      })),
    anyVerbNamed: (word) => tx.anyVerbNamed(word),
  };
}
