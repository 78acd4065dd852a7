// @verb unparse_key --on $lock_utils --dspec this --ispec none:none
/**
 * unparse_key(key): a key expression as text, objects shown as "name (#N)" (method).
 */
import { lookup } from "moo";

const show = (n: number) => {
  try {
    const o = lookup(n);
    return `${o.name} (#${n})`;
  } catch {
    return `#${n}`;
  }
};
const un = (k: unknown, top: boolean): string => {
  if (k === null || k === undefined) return "(none)";
  if (typeof k === "number") return show(k);
  if (!Array.isArray(k)) return String(k);
  const [op, a, b] = k as unknown[];
  if (op === "!") return `!${un(a, false)}`;
  if (op === "?") return `?${un(a, false)}`;
  const s = `${un(a, false)} ${op} ${un(b, false)}`;
  return top ? s : `(${s})`;
};
return un(args[0], true);
