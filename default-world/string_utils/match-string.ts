// @verb match_string --on $string_utils --dspec this --ispec none:none
/**
 * match_string(query, list): the entries of list that start with query (any case) (method).
 */
const q = String(args[0] ?? "").toLowerCase();
const list = (args[1] ?? []) as unknown[];
return list.filter((x) => String(x).toLowerCase().startsWith(q));
