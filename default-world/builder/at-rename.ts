// @verb @rename --on $builder --dspec any --ispec at:any --ispec as:any
/**
 * @rename <obj> to <new name>: renames something you own.
 */
import { $, isWizard, print } from "moo";

const name = iobjstr.trim().replace(/^"(.*)"$/, "$1");
if ((prep !== "at" && prep !== "as") || name === "") {
  print("Usage: @rename <obj> to <new name>");
  return;
}
const obj = $.match_utils.call("resolve", dobj, dobjstr) as typeof this | null;
if (!obj) return;
if (obj.owner.id !== player.id && !isWizard(player)) {
  print("You don't have permission to rename that.");
  return;
}
const old = obj.name;
obj.setName(name);
print(`Renamed ${old} to ${name}.`);
