// @verb @desc*ribe --on $builder --dspec any --ispec as:any
/**
 * @describe <obj> [as "<text>"]: sets the description of something you own (without `as`, in the editor).
 */
import { $, isWizard, openEditor, print } from "moo";

if (prep !== "as" && prep !== "") {
  print('Usage: @describe <obj> [as "<text>"]');
  return;
}
const obj = $.match_utils.call("resolve", dobj, dobjstr) as typeof this | null;
if (!obj) return;
if (obj.owner.id !== player.id && !isWizard(player)) {
  print("You don't have permission to describe that.");
  return;
}
if (prep === "") {
  const current = obj.get("description");
  openEditor({
    title: `Description of ${obj.name} (#${obj.id})`,
    content: typeof current === "string" ? current : "",
    callback: { obj: this, verb: "describe_done" },
    args: [obj],
  });
  return;
}
const text = argstr.slice(argstr.search(/\sas\s/) + 4).trim().replace(/^"(.*)"$/s, "$1");
obj.call("describe", text);
print(`Description set for ${obj.name} (#${obj.id}).`);
