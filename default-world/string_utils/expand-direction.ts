// @verb expand_direction --on $string_utils --dspec this --ispec none:none
/**
 * expand_direction(word): "n" → "north", "ne" → "northeast", "u" → "up"; other words unchanged (method).
 */
const w = String(args[0] ?? "").toLowerCase();
const short: Record<string, string> = {
  n: "north",
  e: "east",
  s: "south",
  w: "west",
  ne: "northeast",
  nw: "northwest",
  se: "southeast",
  sw: "southwest",
  u: "up",
  d: "down",
};
if (short[w]) return short[w];
const full = ["north", "east", "south", "west", "northeast", "northwest", "southeast", "southwest", "up", "down"];
for (const f of full) if (w.length >= 2 && f.startsWith(w)) return f;
return w;
