// @verb @rmprop*erty --on $programmer --dspec either --ispec any:any
/**
 * @rmproperty <obj>.<name>: removes a property defined on that object (and its value on every descendant).
 */
import { print, setTaskPerms } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

if (words.length === 0) {
  print("Usage: @rmproperty <obj>.<name>");
  return;
}
const ref = player.call("parse_ref", words[0], "prop") as { obj: typeof player; name: string };
const label = `${ref.obj.name} (#${ref.obj.id})`;
const p = ref.obj.properties().find((x) => x.name === ref.name);
if (p === undefined) {
  print(`${label} has no property "${ref.name}".`);
  return;
}
if (p.definer.id !== ref.obj.id) {
  print(`${label} does not define "${ref.name}"; it comes from ${p.definer.name} (#${p.definer.id}).`);
  return;
}
ref.obj.deleteProp(ref.name);
print(`Property ${label}.${ref.name} removed.`);
