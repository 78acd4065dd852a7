/**
 * Values coming out of the sandbox: plain copied data, with object references tagged `{"o#": N}`.
 * They are validated again here (the shim's checks are a convenience, not a boundary): JSON-like
 * shapes only, finite numbers, integer object ids, no keys beginning with `_`, bounded size.
 */
import { InvalidArgument, LimitError } from "../../core/errors.js";
import { type MooValue, ObjRef } from "../../core/values.js";

export interface ValueLimits {
  maxNodes: number;
  maxChars: number;
}

/** Converts and checks a value received from verb code. */
export function valueFromSandbox(v: unknown, limits: ValueLimits): MooValue {
  const budget = { nodes: 0, chars: 0 };
  const walk = (x: unknown, depth: number): MooValue => {
    if (++budget.nodes > limits.maxNodes) throw new LimitError("value too large");
    if (x === null || x === undefined) return null;
    if (typeof x === "boolean") return x;
    if (typeof x === "number") {
      if (!Number.isFinite(x)) throw new InvalidArgument("numbers must be finite");
      return x;
    }
    if (typeof x === "string") {
      budget.chars += x.length;
      if (budget.chars > limits.maxChars) throw new LimitError("value too large");
      return x;
    }
    if (typeof x !== "object") throw new InvalidArgument(`not a storable value: ${typeof x}`);
    if (depth > 100) throw new LimitError("value too large");
    if (Array.isArray(x)) return x.map((e) => walk(e, depth + 1));
    const keys = Object.keys(x);
    if (keys.length === 1 && keys[0] === "o#") {
      const id = (x as Record<string, unknown>)["o#"];
      if (typeof id !== "number" || !Number.isInteger(id)) throw new InvalidArgument("bad object reference");
      return new ObjRef(id);
    }
    const out: Record<string, MooValue> = {};
    for (const k of keys) {
      if (k.startsWith("_")) throw new InvalidArgument(`keys beginning with '_' are reserved ('${k.slice(0, 40)}')`);
      budget.chars += k.length;
      out[k] = walk((x as Record<string, unknown>)[k], depth + 1);
    }
    return out;
  };
  return walk(v, 0);
}

/** An object id argument from verb code. */
export function objIdFromSandbox(v: unknown, what = "object"): number {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  throw new InvalidArgument(`${what} must be an object`);
}

/** A string argument from verb code. */
export function stringFromSandbox(v: unknown, what: string, max = 100_000): string {
  if (typeof v !== "string") throw new InvalidArgument(`${what} must be a string`);
  if (v.length > max) throw new LimitError(`${what} too long`);
  return v;
}

/** A name of a property or verb: non-empty, no leading `_`. */
export function nameFromSandbox(v: unknown, what: string): string {
  const s = stringFromSandbox(v, what, 255);
  if (s.length === 0) throw new InvalidArgument(`${what} cannot be empty`);
  if (s.startsWith("_")) throw new InvalidArgument(`names beginning with '_' are reserved ('${s.slice(0, 40)}')`);
  return s;
}
