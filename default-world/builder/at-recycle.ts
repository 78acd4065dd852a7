// @verb @recycle --on $builder --dspec any --ispec none:none
/**
 * @recycle <obj>: throws away something you own (a wizard can bring it back with @restore).
 */
import { $, print, recycle, setTaskPerms } from "moo";

const obj = $.match_utils.call("resolve", dobj, dobjstr) as typeof this | null;
if (!obj) return;
if (obj.isPlayer) {
  print("Players can't be recycled this way.");
  return;
}
const label = `${obj.name} (#${obj.id})`;
try {
  obj.call("recycle");
  setTaskPerms(player);
  recycle(obj);
} catch (e) {
  print((e as Error).message);
  return;
}
print(`${label} recycled.`);
