// @verb @checkexits checkexits --on $builder --dspec either --ispec none:none
/**
 * @checkexits [<room>]: checks that every exit of the room leads somewhere and has a way back.
 */
import { $, print, valid } from "moo";

const room = (dobjstr === "" ? player.location : $.match_utils.call("resolve", dobj, dobjstr)) as typeof this | null;
if (!room) return;
if (!valid(room) || !room.isA($.room)) {
  print("That is not a room.");
  return;
}
const issues: string[] = [];
const exits = ((room.get("exits") ?? []) as unknown[]).filter((e) => valid(e)) as (typeof this)[];
if (exits.length === 0) issues.push(`${room.name} (#${room.id}) has no exits.`);
for (const ex of exits) {
  const dest = ex.get("dest");
  const dir = ex.call("direction");
  if (!valid(dest)) {
    issues.push(`The exit ${dir} (#${ex.id}) is a dead end: it leads nowhere.`);
    continue;
  }
  const backs = ((dest.get("exits") ?? []) as unknown[]).filter((e) => valid(e)) as (typeof this)[];
  const leadsBack = (b: typeof this) => {
    const back = b.get("dest");
    return valid(back) && back.id === room.id;
  };
  if (!backs.some(leadsBack)) {
    issues.push(`The exit ${dir} (#${ex.id}) is one-way: ${dest.name} (#${dest.id}) has no exit back.`);
  }
}
if (issues.length === 0) print(`${room.name} (#${room.id}) is well-connected.`);
else for (const i of issues) print(i);
