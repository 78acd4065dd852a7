// @verb find_room --on $match_utils --dspec this --ispec none:none
/**
 * find_room(name): a room called name (`#N`, `$name`, or a room reachable from here through exits, nearest first); null if none (method).
 */
import { $, lookup, valid } from "moo";

const want = String(args[0] ?? "")
  .trim()
  .replace(/^"(.*)"$/, "$1");
if (want === "") return null;
try {
  const o = lookup(want);
  if (o.isA($.room)) return o;
} catch {
  // not a number, $name or something here: search the map
}
const lower = want.toLowerCase();
const start = player.location;
if (!valid(start)) return null;
const seen = new Set<number>([start.id]);
const queue: (typeof this)[] = [start];
while (queue.length > 0 && seen.size < 500) {
  const room = queue.shift() as typeof this;
  if (room.name.toLowerCase() === lower || room.aliases.some((a: string) => a.toLowerCase() === lower)) return room;
  for (const prop of ["exits", "entrances"]) {
    for (const e of (room.has(prop) ? (room.get(prop) as unknown[]) : []) ?? []) {
      if (!valid(e)) continue;
      const next = (e as typeof this).get(prop === "exits" ? "dest" : "source");
      if (valid(next) && !seen.has(next.id)) {
        seen.add(next.id);
        queue.push(next);
      }
    }
  }
}
return null;
