// @verb @unlock --on $builder --dspec any --ispec none:none
/**
 * @unlock <obj>: removes the lock of something you own.
 */
import { $, isWizard, print } from "moo";

const obj = $.match_utils.call("resolve", dobj, dobjstr) as typeof this | null;
if (!obj) return;
if (obj.owner.id !== player.id && !isWizard(player)) {
  print("You don't have permission to unlock that.");
  return;
}
if (obj.get("key") === null) {
  print(`${obj.name} (#${obj.id}) is not locked.`);
  return;
}
obj.set("key", null);
print(`Unlocked ${obj.name} (#${obj.id}).`);
