// @verb @s*how --on $player --dspec either --ispec any:any
/**
 * @show <obj> | @show <verb|property> on <obj>: shows an object's owner, place, parents, verbs, properties and contents (or one verb's code / one value).
 */
import { lookup, openPager, print, setTaskPerms, UserError, valid } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const lbl = (o: typeof player) => (valid(o) ? `${o.name} (#${o.id})` : "nowhere");
const find = (text: string) => {
  try {
    return lookup(text);
  } catch {
    throw new UserError(`There is no "${text}" here.`);
  }
};
const text = argstr.trim();
if (text === "") {
  print("Usage: @show <obj>   or   @show <verb|property> on <obj>");
  return;
}
const on = /^(\S+)\s+on\s+(.+)$/i.exec(text);
if (on) {
  const obj = find(on[2].trim());
  const name = on[1];
  const v = obj.findVerb(name);
  if (v !== null) {
    if (!v.readable) throw new UserError(`You may not read ${lbl(v.definer)}:${v.names[0]}.`);
    openPager({ title: `${lbl(v.definer)}:${v.names.join(" ")}`, content: v.definer.verbCode(v.id), contentType: "typescript" });
    return;
  }
  const p = obj.properties().find((x) => x.name === name);
  if (p === undefined) throw new UserError(`${lbl(obj)} has no verb or property "${name}".`);
  if (!p.readable) throw new UserError(`You may not read ${lbl(obj)}.${name}.`);
  openPager({ title: `${lbl(obj)}.${name}`, content: JSON.stringify(p.value, null, 2), contentType: "json" });
  return;
}
const obj = find(text);
print(`${lbl(obj)}`);
print(`  Owner:    ${lbl(obj.owner)}`);
print(`  Location: ${lbl(obj.location)}`);
print(`  Parents:  ${obj.parents.map(lbl).join(", ") || "none"}`);
if (obj.aliases.length > 0) print(`  Aliases:  ${obj.aliases.join(", ")}`);
const verbs = obj.verbs(true).filter((v) => v.executable);
if (verbs.length > 0) print(`  Verbs:    ${[...new Set(verbs.map((v) => v.names[0]))].join(", ")}`);
const props = obj.properties().filter((p) => p.readable);
if (props.length > 0) {
  print("  Properties:");
  for (const p of props) print(`    ${p.name}: ${JSON.stringify(p.value)}`);
}
if (obj.contents.length > 0) print(`  Contents: ${obj.contents.map(lbl).join(", ")}`);
