// @verb @exits @entrances --on $room --dspec either --ispec none:none
/**
 * @exits [<room>] · @entrances [<room>]: lists a room's exits (or the exits leading into it).
 */
import { $, print, valid } from "moo";

const room = (dobjstr === "" ? player.location : $.match_utils.call("resolve", dobj, dobjstr)) as typeof this | null;
if (!room) return;
if (!room.isA($.room)) {
  print("That is not a room.");
  return;
}
const entrances = verb.toLowerCase() === "@entrances";
const list = ((room.get(entrances ? "entrances" : "exits") ?? []) as unknown[]).filter((e) => valid(e)) as (typeof this)[];
if (list.length === 0) {
  print(entrances ? "There are no entrances defined for this room." : "There are no exits defined for this room.");
  return;
}
print(entrances ? `Entrances to ${room.name} (#${room.id}):` : `Exits from ${room.name} (#${room.id}):`);
for (const ex of list) {
  const other = ex.get(entrances ? "source" : "dest");
  const aliases = ex.aliases;
  const where = valid(other) ? `${other.name} (#${other.id})` : "nowhere";
  print(`- ${ex.name} (#${ex.id})${aliases.length > 0 ? ` (Aliases: ${aliases.join(", ")})` : ""} ${entrances ? "from" : "to"} ${where}`);
}
