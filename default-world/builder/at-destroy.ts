// @verb @destroy --on $builder --dspec any --ispec none:none
/**
 * @destroy <obj>|#N: deletes something you own for good, recycled or not (wizards: anything); it cannot be restored.
 */
import { $, destroy, isWizard, print, recycledObjects, setTaskPerms, UserError } from "moo";
import type { MooObject } from "moo";

setTaskPerms(player);
const num = /^#(\d+)$/.exec(dobjstr.trim());
const binned = num ? recycledObjects(isWizard(player) ? null : undefined).find((r) => r.obj.id === Number(num[1])) : undefined;
let obj: MooObject;
let label: string;
if (binned) {
  obj = binned.obj;
  label = `${binned.name} (#${obj.id})`;
} else {
  const found = $.match_utils.call("resolve", dobj, dobjstr) as MooObject | null;
  if (!found) return;
  obj = found;
  label = `${obj.name} (#${obj.id})`;
  // NPCs are players without an account: they can go (their daemon hook stops their ticks).
  if (obj.isPlayer && !obj.isA($.npc)) {
    print("Players can't be destroyed.");
    return;
  }
  if (obj.owner.id !== player.id && !isWizard(player)) {
    print(`You can't destroy ${label}: it isn't yours.`);
    return;
  }
}
try {
  if (!binned) obj.call("recycle");
  destroy(obj);
} catch (e) {
  // A UserError rolls back whatever the object's recycle hook did before the refusal.
  throw new UserError((e as Error).message);
}
print(`${label} destroyed for good.`);
