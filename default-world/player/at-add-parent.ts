// @verb @add_parent @add-parent --on $player --dspec any --ispec at:any
/**
 * @add_parent <parent> to <obj>: gives an object another parent (you need to own it, and the parent must allow it).
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
if (prep !== "at") {
  print("Usage: @add_parent <parent> to <object>");
  return;
}
const parent = find(dobj, dobjstr);
const obj = parent && find(iobj, iobjstr);
if (!parent || !obj) return;
if (obj.parents.some((p: typeof this) => p.id === parent.id)) {
  print(`${parent.name} (#${parent.id}) is already a parent of ${obj.name} (#${obj.id}).`);
  return;
}
if (parent.id === obj.id || parent.isA(obj)) {
  print("That would make an object its own ancestor.");
  return;
}
setTaskPerms(player);
obj.setParents([...obj.parents, parent]);
print(`Added ${parent.name} (#${parent.id}) as a parent of ${obj.name} (#${obj.id}).`);
