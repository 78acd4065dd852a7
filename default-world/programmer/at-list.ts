// @verb @list --on $programmer --dspec either --ispec any:any
/**
 * @list <obj>:<verb> [numbers]: shows a verb's code (with line numbers if you add "numbers").
 */
import { print, setTaskPerms } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

if (words.length === 0) {
  print("Usage: @list <obj>:<verb> [numbers]");
  return;
}
const ref = player.call("parse_ref", words[0], "verb") as { obj: typeof player; name: string };
const v = ref.obj.findVerb(ref.name);
if (v === null) {
  print(`${ref.obj.name} (#${ref.obj.id}) has no verb "${ref.name}".`);
  return;
}
const code = v.definer.verbCode(v.id);
const numbered = words.slice(1).some((x) => /^num/i.test(x));
const spec = `${v.dspec} ${v.ispecs.map((p) => `${p.prep} ${p.spec}`).join(" ") || "(any preposition)"}`;
print(`${v.definer.name} (#${v.definer.id}):${v.names.join(" ")}  [${spec}]  owner ${v.owner.name} (#${v.owner.id})`);
const lines = code.split("\n");
if (lines.length === 1 && lines[0] === "") {
  print("(This verb has no code yet.)");
  return;
}
const width = String(lines.length).length;
lines.forEach((l, i) => print(numbered ? `${String(i + 1).padStart(width)}: ${l}` : l));
