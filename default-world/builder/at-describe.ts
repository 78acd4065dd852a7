// @verb @desc*ribe --on $builder --dspec any --ispec as:any
/**
 * @describe <obj> as "<text>": sets an object's description.
 */
import { isWizard, lookup, print, valid } from "moo";

let obj = dobj;
if (!valid(obj)) {
  try {
    obj = lookup(dobjstr);
  } catch {
    print(`There is no "${dobjstr}" here.`);
    return;
  }
}
if (prep !== "as") {
  print('Usage: @describe <obj> as "<text>"');
  return;
}
if (obj.owner?.id !== player.id && !isWizard(player)) {
  print("You don't have permission to describe that.");
  return;
}
obj.set("description", iobjstr.replace(/^"(.*)"$/s, "$1"));
print(`Description set for ${obj.name} (#${obj.id}).`);
