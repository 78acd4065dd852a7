// @verb english_list --on $string_utils --dspec this --ispec none:none
/**
 * english_list(items[, empty[, and]]): "a", "a and b", "a, b, and c"; objects are shown by title with an article unless they are players (method).
 */
import { valid } from "moo";

const items = (args[0] ?? []) as unknown[];
const empty = typeof args[1] === "string" ? args[1] : "nothing";
const and = typeof args[2] === "string" ? args[2] : "and";
const strs = items.map((x) => {
  if (!valid(x)) return String(x);
  const o = x as typeof this;
  const t = o.hasVerb("title") ? String(o.call("title")) : o.name;
  return o.isPlayer ? t : (this.call("article", t) as string);
});
if (strs.length === 0) return empty;
if (strs.length === 1) return strs[0];
if (strs.length === 2) return `${strs[0]} ${and} ${strs[1]}`;
return `${strs.slice(0, -1).join(", ")}, ${and} ${strs[strs.length - 1]}`;
