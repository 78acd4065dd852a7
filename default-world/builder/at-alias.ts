// @verb @alias --on $builder --dspec any --ispec as:any
/**
 * @alias <obj> as "<alias>[,<alias>...]": gives something you own more names to be called by.
 */
import { $, isWizard, print } from "moo";

const added = iobjstr
  .replace(/^"(.*)"$/, "$1")
  .split(",")
  .map((a) => a.trim())
  .filter((a) => a !== "");
if (prep !== "as" || added.length === 0) {
  print('Usage: @alias <obj> as "<alias>"');
  return;
}
const obj = $.match_utils.call("resolve", dobj, dobjstr) as typeof this | null;
if (!obj) return;
if (obj.owner.id !== player.id && !isWizard(player)) {
  print("You don't have permission to change that object's aliases.");
  return;
}
const current = obj.aliases as string[];
const fresh = added.filter((a) => !current.some((c) => c.toLowerCase() === a.toLowerCase()));
if (fresh.length === 0) {
  print(`${obj.name} (#${obj.id}) already has ${added.length === 1 ? "that alias" : "those aliases"}.`);
  return;
}
const all = [...current, ...fresh];
obj.setAliases(all);
print(`${obj.name} (#${obj.id}) is now also called: ${all.join(", ")}.`);
