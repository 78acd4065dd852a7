// @verb obvious_exits --on $room --dspec this --ispec none:none
/**
 * obvious_exits(): the first alias (or name) of each valid exit in the room's `exits` list (method).
 */
import { valid } from "moo";

const out: string[] = [];
for (const e of (this.get("exits") ?? []) as unknown[]) {
  if (!valid(e)) continue;
  const ex = e as typeof this;
  const name = ex.name;
  const i = name.indexOf(" from ");
  const aliases = ex.aliases;
  out.push(aliases[0] ?? (i > 0 ? name.slice(0, i) : name));
}
return out;
