// @verb english_list --on $string_utils --dspec this --ispec none:none
/**
 * english_list(items[, empty]): joins strings as "a, b and c" (method).
 */
const items = (args[0] ?? []) as unknown[];
const empty = typeof args[1] === "string" ? args[1] : "nothing";
const strs = items.map((x) => String(x));
if (strs.length === 0) return empty;
if (strs.length === 1) return strs[0];
return `${strs.slice(0, -1).join(", ")} and ${strs[strs.length - 1]}`;
