// @verb @remove_parent @remove-parent --on $player --dspec any --ispec from:any
/**
 * @remove_parent <parent> from <obj>: takes a parent away from an object you own.
 */
import { lookup, print, setTaskPerms, valid } from "moo";

const find = (o: typeof this, s: string): typeof this | null => {
  if (valid(o)) return o;
  try {
    return lookup(s);
  } catch {
    print(`There is no "${s}" here.`);
    return null;
  }
};
if (prep !== "from") {
  print("Usage: @remove_parent <parent> from <object>");
  return;
}
const parent = find(dobj, dobjstr);
const obj = parent && find(iobj, iobjstr);
if (!parent || !obj) return;
if (!obj.parents.some((p: typeof this) => p.id === parent.id)) {
  print(`${parent.name} (#${parent.id}) is not a parent of ${obj.name} (#${obj.id}).`);
  return;
}
setTaskPerms(player);
obj.setParents(obj.parents.filter((p: typeof this) => p.id !== parent.id));
print(`Removed ${parent.name} (#${parent.id}) from the parents of ${obj.name} (#${obj.id}).`);
