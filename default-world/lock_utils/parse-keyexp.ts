// @verb parse_keyexp --on $lock_utils --dspec this --ispec none:none
/**
 * parse_keyexp(text): a key expression as data: `#N` or an object's name → N, `!x` → ["!", x], `?x` → ["?", N], `a && b` → ["&&", a, b], `a || b` → ["||", a, b], parentheses group; `&&` binds tighter than `||`. Throws on a bad expression (method).
 */
import { lookup, UserError } from "moo";

const src = String(args[0] ?? "");
const bad = () => new UserError("That doesn't look like a valid key expression.");
// Tokens: operators, parentheses, and object references (anything else, trimmed).
const tokens: string[] = [];
const re = /\s*(&&|\|\||[!?()]|[^&|!?()]+)/gy;
let m: RegExpExecArray | null;
let pos = 0;
while (pos < src.length && (m = re.exec(src)) !== null) {
  pos = re.lastIndex;
  const t = m[1].trim();
  if (t !== "") tokens.push(t);
}
if (src.slice(pos).trim() !== "" || tokens.length === 0) throw bad();
let i = 0;
const peek = () => tokens[i];
const objectId = (name: string): number => {
  try {
    return lookup(name).id;
  } catch {
    throw bad();
  }
};
const primary = (): unknown => {
  const t = tokens[i++];
  if (t === undefined) throw bad();
  if (t === "!") return ["!", primary()];
  if (t === "?") {
    const n = tokens[i++];
    if (n === undefined || ["&&", "||", "!", "?", "(", ")"].includes(n)) throw bad();
    return ["?", objectId(n)];
  }
  if (t === "(") {
    const e = or();
    if (tokens[i++] !== ")") throw bad();
    return e;
  }
  if (["&&", "||", ")"].includes(t)) throw bad();
  return objectId(t);
};
const and = (): unknown => {
  let left = primary();
  while (peek() === "&&") {
    i++;
    left = ["&&", left, primary()];
  }
  return left;
};
const or = (): unknown => {
  let left = and();
  while (peek() === "||") {
    i++;
    left = ["||", left, and()];
  }
  return left;
};
const key = or();
if (i !== tokens.length) throw bad();
return key;
