// @verb @disp*lay --on $programmer --dspec either --ispec any:any
/**
 * @display <obj> | <obj>:<verb> | <obj>.<prop>: lists an object's own verbs and properties (or one of them) with owners and settings.
 */
import { lookup, print, setTaskPerms } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

if (words.length === 0) {
  print("Usage: @display <obj> | <obj>:<verb> | <obj>.<prop>");
  return;
}
const spec = (v: { dspec: string; ispecs: { prep: string; spec: string }[] }) =>
  `${v.dspec} ${v.ispecs.map((p) => `${p.prep} ${p.spec}`).join(" ") || "any any"}`;
const lbl = (o: typeof player) => `${o.name} (#${o.id})`;
const text = words[0];
let obj: typeof player;
let only: { kind: string; name: string } | null = null;
if (/[:.]/.test(text) && !/^#-?\d+$/.test(text)) {
  const ref = player.call("parse_ref", text, "either") as { obj: typeof player; name: string; kind: string };
  obj = ref.obj;
  only = { kind: ref.kind, name: ref.name };
} else {
  try {
    obj = lookup(text);
  } catch {
    print(`There is no "${text}" here.`);
    return;
  }
}
print(`${lbl(obj)}  owner ${lbl(obj.owner)}  parents ${obj.parents.map(lbl).join(", ") || "none"}`);
if (only === null || only.kind === "verb") {
  const verbs = only === null ? obj.verbs() : [obj.findVerb(only.name)].filter((v) => v !== null);
  if (only !== null && verbs.length === 0) print(`  no verb "${only.name}"`);
  for (const v of verbs) {
    const flags = `${v.readable ? "r" : "-"}${v.executable ? "x" : "-"}`;
    const from = v.definer.id === obj.id ? "" : `  (from ${lbl(v.definer)})`;
    print(`  :${v.names.join(" ")}  [${spec(v)}]  ${flags}  owner ${lbl(v.owner)}${from}`);
  }
}
if (only === null || only.kind === "prop") {
  const props = obj.properties().filter((p) => (only === null ? p.definer.id === obj.id || !p.clear : p.name === only.name));
  if (only !== null && props.length === 0) print(`  no property "${only.name}"`);
  for (const p of props) {
    const flags = `${p.readable ? "r" : "-"}${p.writable ? "w" : "-"}${p.inheritOwner ? "c" : ""}`;
    const value = p.readable ? JSON.stringify(p.value) : "(unreadable)";
    const from = p.definer.id === obj.id ? "" : `  (from ${lbl(p.definer)})`;
    print(`  .${p.name} = ${value}  ${flags}  owner ${lbl(p.owner)}${from}`);
  }
}
