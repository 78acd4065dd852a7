/**
 * World values: what properties hold and what verbs pass around.
 * JSON values plus object references. In host memory a reference is an `ObjRef`; in storage and
 * on the wire it is the tagged object `{"o#": N}` (the reference's moojson tag).
 */
import type { ObjId } from "./ids.js";

export class ObjRef {
  constructor(readonly id: ObjId) {
    Object.freeze(this);
  }
  toString(): string {
    return `#${this.id}`;
  }
}

export type MooValue = null | boolean | number | string | ObjRef | MooValue[] | { [key: string]: MooValue };

const TAG = "o#";

export function ref(id: ObjId): ObjRef {
  return new ObjRef(id);
}

export function isObjRef(v: unknown): v is ObjRef {
  return v instanceof ObjRef;
}

/** Value → JSON text for storage. Object references become `{"o#": N}`. */
export function encodeValue(v: MooValue): string {
  return JSON.stringify(toWire(v));
}

/** JSON text from storage → value. */
export function decodeValue(text: string): MooValue {
  return fromWire(JSON.parse(text));
}

/** Value → plain JSON-compatible data (refs tagged). */
export function toWire(v: MooValue): unknown {
  if (v instanceof ObjRef) return { [TAG]: v.id };
  if (Array.isArray(v)) return v.map(toWire);
  if (v !== null && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toWire(x);
    return out;
  }
  return v;
}

/** Plain JSON data → value (tags become refs). Rejects anything that is not JSON. */
export function fromWire(v: unknown): MooValue {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new TypeError("numbers must be finite");
    return v;
  }
  if (Array.isArray(v)) return v.map(fromWire);
  if (typeof v === "object") {
    const keys = Object.keys(v as object);
    if (keys.length === 1 && keys[0] === TAG) {
      const id = (v as Record<string, unknown>)[TAG];
      if (typeof id === "number" && Number.isInteger(id)) return new ObjRef(id);
    }
    const out: Record<string, MooValue> = {};
    for (const k of keys) out[k] = fromWire((v as Record<string, unknown>)[k]);
    return out;
  }
  throw new TypeError(`not a storable value: ${typeof v}`);
}

/** Deep copy (values are treated as immutable once stored; callers copy before mutating). */
export function cloneValue(v: MooValue): MooValue {
  if (v === null || typeof v !== "object" || v instanceof ObjRef) return v;
  if (Array.isArray(v)) return v.map(cloneValue);
  const out: Record<string, MooValue> = {};
  for (const [k, x] of Object.entries(v)) out[k] = cloneValue(x);
  return out;
}

/** Structural equality of two values. */
export function valuesEqual(a: MooValue, b: MooValue): boolean {
  if (a === b) return true;
  if (a instanceof ObjRef || b instanceof ObjRef) return a instanceof ObjRef && b instanceof ObjRef && a.id === b.id;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => valuesEqual(x, b[i] as MooValue));
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => k in b && valuesEqual(a[k] as MooValue, b[k] as MooValue));
  }
  return false;
}

/** Calls `fn` with every object id referenced inside a value. */
export function forEachRef(v: MooValue, fn: (id: ObjId) => void): void {
  if (v instanceof ObjRef) fn(v.id);
  else if (Array.isArray(v)) for (const x of v) forEachRef(x, fn);
  else if (v !== null && typeof v === "object") for (const x of Object.values(v)) forEachRef(x, fn);
}

/** Returns a copy of `v` with every reference to `id` replaced by `to`. */
export function replaceRef(v: MooValue, id: ObjId, to: ObjId): MooValue {
  if (v instanceof ObjRef) return v.id === id ? new ObjRef(to) : v;
  if (Array.isArray(v)) return v.map((x) => replaceRef(x, id, to));
  if (v !== null && typeof v === "object") {
    const out: Record<string, MooValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = replaceRef(x, id, to);
    return out;
  }
  return v;
}
