// @verb match_exit --on $room --dspec this --ispec none:none
/**
 * match_exit(name): the exit in `exits` called name (by name or alias, any case); null if none, a list if ambiguous (method).
 */
import { valid } from "moo";

const want = String(args[0] ?? "")
  .trim()
  .toLowerCase();
if (want === "") return null;
const found: unknown[] = [];
for (const e of (this.get("exits") ?? []) as unknown[]) {
  if (!valid(e)) continue;
  const ex = e as typeof this;
  const name = ex.name.toLowerCase();
  // "<dir> from <room>" (what @dig makes) answers to <dir> too.
  const dir = name.includes(" from ") ? name.slice(0, name.indexOf(" from ")) : null;
  const aliases = ex.aliases.map((a) => a.toLowerCase());
  if (name === want || dir === want || aliases.includes(want)) found.push(ex);
}
if (found.length === 0) return null;
if (found.length === 1) return found[0];
return found;
