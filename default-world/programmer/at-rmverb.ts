// @verb @rmverb @delverb --on $programmer --dspec either --ispec any:any
/**
 * @rmverb <obj>:<verb>: removes a verb defined on that object.
 */
import { print, setTaskPerms } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

if (words.length === 0) {
  print("Usage: @rmverb <obj>:<verb>");
  return;
}
const ref = player.call("parse_ref", words[0], "verb") as { obj: typeof player; name: string };
const label = `${ref.obj.name} (#${ref.obj.id})`;
const v = ref.obj.findVerb(ref.name);
if (v === null) {
  print(`${label} has no verb "${ref.name}".`);
  return;
}
if (v.definer.id !== ref.obj.id) {
  print(`${label} does not define "${ref.name}"; it inherits it from ${v.definer.name} (#${v.definer.id}).`);
  return;
}
ref.obj.removeVerb(v.id);
print(`Verb ${v.names.join(" ")} removed from ${label}.`);
