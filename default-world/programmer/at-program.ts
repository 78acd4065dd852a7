// @verb @program --on $programmer --dspec either --ispec any:any
/**
 * @program <obj>:<verb>: opens the verb's code in the editor (on a plain client: type the code, then a line with only ".").
 */
import { openEditor, print, setTaskPerms } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

if (words.length === 0) {
  print("Usage: @program <obj>:<verb>");
  return;
}
const ref = player.call("parse_ref", words[0], "verb") as { obj: typeof player; name: string };
const v = ref.obj.findVerb(ref.name);
if (v === null) {
  print(`${ref.obj.name} (#${ref.obj.id}) has no verb "${ref.name}". Add it first: @verb ${words[0]}`);
  return;
}
const code = v.definer.verbCode(v.id);
const where = `${v.definer.name} (#${v.definer.id}):${v.names[0]}`;
openEditor({
  title: where,
  content: code,
  contentType: "typescript",
  callback: { obj: player, verb: "program_done" },
  args: ["verb", v.definer, v.id, false],
});
print(`Now editing ${where}.`);
