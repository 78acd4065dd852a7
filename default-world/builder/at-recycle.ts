// @verb @recycle --on $builder --dspec any --ispec none:none
/**
 * @recycle <obj>: throws away something you own (@restore brings it back; @destroy deletes it for good).
 */
import { $, print, recycle, setTaskPerms, UserError } from "moo";

const obj = $.match_utils.call("resolve", dobj, dobjstr) as typeof this | null;
if (!obj) return;
// NPCs are players without an account: they can go (their daemon hook stops their ticks).
if (obj.isPlayer && !obj.isA($.npc)) {
  print("Players can't be recycled this way.");
  return;
}
const label = `${obj.name} (#${obj.id})`;
try {
  obj.call("recycle");
  setTaskPerms(player);
  recycle(obj);
} catch (e) {
  // A UserError rolls back whatever the object's recycle hook did before the refusal.
  throw new UserError((e as Error).message);
}
print(`${label} recycled.`);
