/**
 * The committed world, held in memory: every object record, plus caches derived from them
 * (ancestor order, verb lookup). Only `World.commit` changes it, by swapping in the records a
 * transaction produced; caches are dropped whenever a change could affect them.
 */
import type { ObjId } from "../core/ids.js";
import { type AncestorEntry, ancestorOrder } from "./inheritance.js";
import type { ObjectRecord, VerbRecord } from "./records.js";

export interface VerbHit {
  verb: VerbRecord;
  /** The object defining the verb. */
  origin: ObjId;
  depth: number;
  /** Index of `origin` in the lookup order. */
  order: number;
}

export class WorldState {
  readonly objects = new Map<ObjId, ObjectRecord>();
  private ancestorCache = new Map<ObjId, AncestorEntry[]>();
  private verbCache = new Map<string, VerbHit[]>();
  /** Objects flagged as players (for `players()` and name lookups). */
  readonly players = new Set<ObjId>();
  /** Every distinct verb-name pattern in the world (for "is there any verb called X?"), built lazily. */
  private patterns: string[] | null = null;

  get(id: ObjId): ObjectRecord | undefined {
    return this.objects.get(id);
  }

  ancestors(id: ObjId): AncestorEntry[] {
    let a = this.ancestorCache.get(id);
    if (!a) {
      a = ancestorOrder(id, (x) => this.objects.get(x)?.parents);
      this.ancestorCache.set(id, a);
    }
    return a;
  }

  /** Cached list of verbs on `id` or its ancestors matching `word` (nearest first). */
  cachedVerbs(id: ObjId, word: string, compute: () => VerbHit[]): VerbHit[] {
    const key = `${id}\u0000${word.toLowerCase()}`;
    let hits = this.verbCache.get(key);
    if (!hits) {
      hits = compute();
      if (this.verbCache.size > 100_000) this.verbCache.clear();
      this.verbCache.set(key, hits);
    }
    return hits;
  }

  /** Replaces records (null = destroyed) and drops the caches they could affect. */
  apply(changes: Map<ObjId, ObjectRecord | null>, hierarchyChanged: boolean, verbsChanged: boolean): void {
    for (const [id, rec] of changes) {
      if (rec === null) {
        this.objects.delete(id);
        this.players.delete(id);
      } else {
        this.objects.set(id, rec);
        if (rec.isPlayer && !rec.recycled) this.players.add(id);
        else this.players.delete(id);
      }
    }
    if (hierarchyChanged) this.ancestorCache.clear();
    if (hierarchyChanged || verbsChanged) this.verbCache.clear();
    if (verbsChanged) this.patterns = null;
  }

  /** Every distinct verb-name pattern defined on any object. */
  verbPatterns(): readonly string[] {
    if (!this.patterns) {
      const set = new Set<string>();
      for (const o of this.objects.values()) for (const v of o.verbs) for (const n of v.names) set.add(n);
      this.patterns = [...set];
    }
    return this.patterns;
  }

  /** Replaces the whole state (start-up, or a full reload). */
  reset(objects: Map<ObjId, ObjectRecord>): void {
    this.objects.clear();
    this.players.clear();
    for (const [id, rec] of objects) {
      this.objects.set(id, rec);
      if (rec.isPlayer && !rec.recycled) this.players.add(id);
    }
    this.ancestorCache.clear();
    this.verbCache.clear();
    this.patterns = null;
  }
}
