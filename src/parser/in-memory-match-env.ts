/**
 * A small in-memory {@link MatchEnv} for parser tests and the parser bench. Not the world model: it has
 * no permissions, properties or persistence, only what matching and dispatch read.
 */
import { NOTHING, type ObjId } from "../core/ids.js";
import { anyVerbNameMatches, type ObjSpec, type PrepSpec, verbNameMatches } from "../core/verb-spec.js";
import type { MatchEnv, Placement, VerbCandidate } from "./match-env.js";

export interface FakeObject {
  name: string;
  aliases?: string[];
  location?: ObjId;
  parents?: ObjId[];
  placement?: Placement | null;
}

interface Stored {
  name: string;
  aliases: string[];
  location: ObjId;
  parents: ObjId[];
  placement: Placement | null;
  contents: ObjId[];
  verbs: { verbId: number; names: string[]; dspec: ObjSpec; ispecs: PrepSpec[] }[];
  recycled: boolean;
}

export interface FakeVerbArgs {
  dspec?: ObjSpec;
  /** `{ prep: spec }`, e.g. `{ in: "this" }`; `any`/`none` as the prep name work too. */
  ispecs?: Record<string, PrepSpec["spec"]>;
}

/** An in-memory world: objects numbered from #0 in creation order. */
export class InMemoryMatchEnv implements MatchEnv {
  private readonly objects: Stored[] = [];
  private nextVerbId = 1;
  private readonly ancestorCache = new Map<ObjId, { id: ObjId; depth: number }[]>();
  /** Every verb name pattern in the world → how many verbs use it (a world cache would index this too). */
  private readonly namePatterns = new Map<string, number>();
  private readonly verbCache = new Map<string, VerbCandidate[]>();

  /** Creates an object and returns its number. */
  add(spec: FakeObject): ObjId {
    const id = this.objects.length;
    this.objects.push({
      name: spec.name,
      aliases: spec.aliases ?? [],
      location: NOTHING,
      parents: spec.parents ?? [],
      placement: null,
      contents: [],
      verbs: [],
      recycled: false,
    });
    if (spec.location !== undefined) this.move(id, spec.location);
    if (spec.placement) this.place(id, spec.placement);
    return id;
  }

  /** Defines a verb directly on `on` and returns its id. */
  addVerb(on: ObjId, names: string | string[], args: FakeVerbArgs = {}): number {
    const verbId = this.nextVerbId++;
    const ispecs = Object.entries(args.ispecs ?? {}).map(([prep, spec]) => ({ prep, spec }));
    const list = typeof names === "string" ? names.split(" ") : names;
    this.get(on).verbs.push({ verbId, names: list, dspec: args.dspec ?? "none", ispecs });
    for (const n of list) this.namePatterns.set(n, (this.namePatterns.get(n) ?? 0) + 1);
    this.verbCache.clear();
    return verbId;
  }

  /** Moves `id` into `to` (or nowhere); clears its placement. */
  move(id: ObjId, to: ObjId): void {
    const o = this.get(id);
    if (o.location !== NOTHING) {
      const from = this.get(o.location);
      from.contents = from.contents.filter((c) => c !== id);
    }
    o.location = to;
    o.placement = null;
    if (to !== NOTHING) this.get(to).contents.push(id);
  }

  place(id: ObjId, placement: Placement | null): void {
    this.get(id).placement = placement;
  }

  recycle(id: ObjId): void {
    this.move(id, NOTHING);
    const o = this.get(id);
    o.recycled = true;
    for (const v of o.verbs) {
      for (const n of v.names) this.namePatterns.set(n, (this.namePatterns.get(n) ?? 1) - 1);
    }
    this.ancestorCache.clear();
    this.verbCache.clear();
  }

  get size(): number {
    return this.objects.length;
  }

  valid(id: ObjId): boolean {
    const o = this.objects[id];
    return id >= 0 && o !== undefined && !o.recycled;
  }
  name(id: ObjId): string {
    return this.get(id).name;
  }
  aliases(id: ObjId): readonly string[] {
    return this.get(id).aliases;
  }
  location(id: ObjId): ObjId {
    return this.get(id).location;
  }
  contents(id: ObjId): readonly ObjId[] {
    return this.get(id).contents;
  }
  placement(id: ObjId): Placement | null {
    return this.get(id).placement;
  }

  /** Verbs by object and word, as a world cache would keep them; cleared when verbs or objects change. */
  verbsNamed(id: ObjId, word: string): readonly VerbCandidate[] {
    const key = `${id} ${word.toLowerCase()}`;
    let found = this.verbCache.get(key);
    if (found === undefined) {
      found = this.lookUpVerbs(id, word);
      this.verbCache.set(key, found);
    }
    return found;
  }

  private lookUpVerbs(id: ObjId, word: string): VerbCandidate[] {
    const found: VerbCandidate[] = [];
    this.ancestors(id).forEach(({ id: origin, depth }, order) => {
      for (const v of this.get(origin).verbs) {
        if (anyVerbNameMatches(v.names, word)) found.push({ ...v, origin, depth, order });
      }
    });
    return found;
  }

  anyVerbNamed(word: string): boolean {
    for (const [pattern, uses] of this.namePatterns) {
      if (uses > 0 && verbNameMatches(pattern, word)) return true;
    }
    return false;
  }

  /** The object and its ancestors, breadth first (depth = generations up, order = position). */
  private ancestors(id: ObjId): { id: ObjId; depth: number }[] {
    const cached = this.ancestorCache.get(id);
    if (cached) return cached;
    const out: { id: ObjId; depth: number }[] = [{ id, depth: 0 }];
    const seen = new Set<ObjId>([id]);
    for (let i = 0; i < out.length; i++) {
      const { id: at, depth } = out[i]!;
      for (const p of this.get(at).parents) {
        if (!seen.has(p) && this.valid(p)) {
          seen.add(p);
          out.push({ id: p, depth: depth + 1 });
        }
      }
    }
    this.ancestorCache.set(id, out);
    return out;
  }

  private get(id: ObjId): Stored {
    const o = this.objects[id];
    if (o === undefined || id < 0) throw new RangeError(`no object #${id}`);
    return o;
  }
}
