// @verb @rename --on $builder --dspec any --ispec at:any --ispec as:any
/**
 * @rename <obj> to <new name>: renames an object you own.
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
const name = iobjstr.trim().replace(/^"(.*)"$/, "$1");
if ((prep !== "at" && prep !== "as") || name === "") {
  print("Usage: @rename <obj> to <new name>");
  return;
}
if (obj.owner?.id !== player.id && !isWizard(player)) {
  print("You don't have permission to rename that.");
  return;
}
const old = obj.name;
obj.setName(name);
print(`Renamed ${old} to ${name}.`);
