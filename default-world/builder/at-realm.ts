// @verb @realm @classes --on $builder --dspec either --ispec none:none
/**
 * @realm [<obj>] | @classes: the family tree of what inherits from an object (default: the root class), indented, in the pager; @classes shows only the classes (objects that have children).
 */
import { $, children, descendants, openPager, print } from "moo";
import type { MooObject } from "moo";

let root: MooObject = $.root_class;
if (verb.toLowerCase() === "@realm" && dobjstr !== "") {
  const found = $.match_utils.call("resolve", dobj, dobjstr) as MooObject | null;
  if (!found) return;
  root = found;
}
const classesOnly = verb.toLowerCase() === "@classes";
const tree = descendants(root).filter((d) => !classesOnly || children(d.obj).length > 0);
const line = (o: MooObject, depth: number) => `${"  ".repeat(depth)}${o.name} (#${o.id})`;
const lines = [line(root, 0), ...tree.map((d) => line(d.obj, d.depth))];
if (tree.length === 0) {
  print(`Nothing inherits from ${root.name} (#${root.id}).`);
  return;
}
openPager({ title: classesOnly ? "Classes" : `The realm of ${root.name} (#${root.id})`, content: lines.join("\n") });
