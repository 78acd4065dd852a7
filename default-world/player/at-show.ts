// @verb @s*how --on $player --dspec any --ispec on:any
/**
 * @show <obj> · @show <property> on <obj>: an object's owner, location, parents and contents, or one property's value.
 */
import { lookup, print, valid } from "moo";

const find = (o: typeof this, s: string): typeof this | null => {
  if (valid(o)) return o;
  try {
    return lookup(s);
  } catch {
    print(`There is no "${s}" here.`);
    return null;
  }
};
const label = (o: unknown) => (valid(o) ? `${(o as typeof this).name} (#${(o as typeof this).id})` : "nowhere");
if (prep === "on") {
  const obj = find(iobj, iobjstr);
  if (!obj) return;
  const name = dobjstr.replace(/^\./, "");
  if (!obj.has(name)) {
    print(`There is no '${name}' property on ${label(obj)}.`);
    return;
  }
  let value: unknown;
  try {
    value = obj.get(name);
  } catch {
    print(`You can't read '${name}' on ${label(obj)}.`);
    return;
  }
  print(`${label(obj)}.${name} = ${JSON.stringify(value)}`);
  return;
}
const obj = find(dobj, dobjstr);
if (!obj) return;
print(`Object ${label(obj)}`);
print(`  Owner: ${label(obj.owner)}`);
print(`  Location: ${label(obj.location)}`);
print(`  Parents: ${obj.parents.map(label).join(", ") || "none"}`);
if (obj.aliases.length > 0) print(`  Aliases: ${obj.aliases.join(", ")}`);
print(`  Contents: ${obj.contents.map(label).join(", ") || "nothing"}`);
