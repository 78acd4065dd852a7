// @verb eval_key --on $lock_utils --dspec this --ispec none:none
/**
 * eval_key(key, who): whether who passes the key: N is true when who is #N or carries #N (at any depth); ["?", N] asks #N's own key (method).
 */
import { lookup, valid } from "moo";

const who = args[1] as typeof this;
const holds = (o: typeof this, id: number, depth: number): boolean => {
  if (o.id === id) return true;
  if (depth > 20) return false;
  return o.contents.some((c: typeof this) => holds(c, id, depth + 1));
};
const ev = (k: unknown, depth: number): boolean => {
  if (k === null || k === undefined) return true;
  if (depth > 50) return false;
  if (typeof k === "number") return valid(who) && holds(who, k, 0);
  if (valid(k)) return valid(who) && holds(who, (k as typeof this).id, 0);
  if (!Array.isArray(k)) return false;
  const [op, a, b] = k as unknown[];
  if (op === "!") return !ev(a, depth + 1);
  if (op === "&&") return ev(a, depth + 1) && ev(b, depth + 1);
  if (op === "||") return ev(a, depth + 1) || ev(b, depth + 1);
  if (op === "?") {
    try {
      const o = lookup(a as number);
      return o.has("key") ? ev(o.get("key"), depth + 1) : true;
    } catch {
      return false;
    }
  }
  return false;
};
return ev(args[0], 0);
