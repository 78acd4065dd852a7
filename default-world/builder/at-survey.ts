// @verb @survey --on $builder --dspec either --ispec none:none
/**
 * @survey [<obj>]: a compact summary of a room (default: where you are) or of an object: owner, parents, place, exits, contents.
 */
import { $, print, valid } from "moo";
import type { MooObject, MooValue } from "moo";

let obj = player.location;
if (dobjstr !== "") {
  const found = $.match_utils.call("resolve", dobj, dobjstr) as MooObject | null;
  if (!found) return;
  obj = found;
}
if (!valid(obj)) {
  print("You are nowhere.");
  return;
}
const ref = (o: MooValue) => (valid(o) ? `${o.name} (#${o.id})` : "nowhere");
const list = (xs: MooObject[]) => (xs.length === 0 ? "nothing" : xs.map(ref).join(", "));
print(`${ref(obj)}: owner ${ref(obj.owner)}; parents ${list(obj.parents)}; location ${ref(obj.location)}.`);
if (obj.isA($.room)) {
  const exits = ((obj.get("exits") ?? []) as MooValue[]).filter((e) => valid(e));
  const shown = exits.map((e) => `${(e.aliases[0] ?? e.name)} → ${ref(e.get("dest"))}`);
  print(`Exits: ${shown.length === 0 ? "none" : shown.join(", ")}.`);
  print(`Dark: ${obj.get("dark") ? "yes" : "no"}. Free entry: ${obj.get("free_entry") ? "yes" : "no"}.`);
}
print(`Contents: ${list(obj.contents)}.`);
