/**
 * Inheritance order. An object inherits from its ordered parents; the lookup order for verbs and
 * properties is the object itself, then its ancestors breadth-first by depth, and within one
 * depth in declaration order (the first-listed parent wins). Each ancestor appears once, at its
 * shallowest depth. For a diamond A(B, C), B(D), C(D) the order is A, B, C, D.
 */
import type { ObjId } from "../core/ids.js";

export interface AncestorEntry {
  id: ObjId;
  depth: number;
}

/** Ancestors of `id` in lookup order, starting with `id` itself at depth 0. */
export function ancestorOrder(id: ObjId, parentsOf: (id: ObjId) => readonly ObjId[] | undefined): AncestorEntry[] {
  const out: AncestorEntry[] = [{ id, depth: 0 }];
  const seen = new Set<ObjId>([id]);
  let frontier: ObjId[] = [id];
  let depth = 0;
  while (frontier.length > 0) {
    depth++;
    const next: ObjId[] = [];
    for (const o of frontier) {
      for (const p of parentsOf(o) ?? []) {
        if (seen.has(p)) continue;
        seen.add(p);
        out.push({ id: p, depth });
        next.push(p);
      }
    }
    frontier = next;
  }
  return out;
}

/** True when `ancestor` is `id` itself or one of its ancestors. */
export function isAncestorOrSelf(
  id: ObjId,
  ancestor: ObjId,
  parentsOf: (id: ObjId) => readonly ObjId[] | undefined,
): boolean {
  return ancestorOrder(id, parentsOf).some((e) => e.id === ancestor);
}
