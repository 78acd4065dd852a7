// @verb match_player --on $match_utils --dspec this --ispec none:none
/**
 * match_player(name): the player called name (`me`, `#N`, exact name or alias, else a unique prefix; any case); null if none, a list if several (method).
 */
import { lookup, players } from "moo";

const want = String(args[0] ?? "")
  .trim()
  .toLowerCase();
if (want === "") return null;
if (want === "me") return player;
if (/^#\d+$/.test(want)) {
  try {
    const o = lookup(want);
    return o.isPlayer ? o : null;
  } catch {
    return null;
  }
}
const all = players();
const exact = all.filter((p) => p.name.toLowerCase() === want || p.aliases.some((a: string) => a.toLowerCase() === want));
if (exact.length === 1) return exact[0];
const found = exact.length > 1 ? exact : all.filter((p) => p.name.toLowerCase().startsWith(want));
if (found.length === 1) return found[0];
return found.length === 0 ? null : found;
