// @verb @chmod --on $programmer --dspec either --ispec any:any
/**
 * @chmod <obj>[:<verb>|.<prop>] [+|-]<flags>: what everyone may do (r read, w write, x execute, f derive, c inherit-owner); see also @perms.
 */
import { lookup, print, setTaskPerms, UserError } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

if (words.length < 2) {
  print("Usage: @chmod <obj>[:<verb>|.<prop>] [+|-]<flags>   flags: r (read), w (write), x (execute a verb), f (derive from an object), c (property keeps its definer's owner)");
  return;
}
const text = words[0];
let obj: typeof player;
let target: { verb: number } | { prop: string } | undefined;
let kind = "object";
if (/[:.]/.test(text) && !/^#-?\d+$/.test(text)) {
  const ref = player.call("parse_ref", text, "either") as { obj: typeof player; name: string; kind: string };
  obj = ref.obj;
  kind = ref.kind;
  if (kind === "verb") {
    const v = obj.findVerb(ref.name);
    if (v === null) throw new UserError(`${obj.name} (#${obj.id}) has no verb "${ref.name}".`);
    obj = v.definer;
    target = { verb: v.id };
  } else {
    if (!obj.has(ref.name)) throw new UserError(`${obj.name} (#${obj.id}) has no property "${ref.name}".`);
    target = { prop: ref.name };
  }
} else {
  obj = lookup(text);
}
const letters: Record<string, string> =
  kind === "verb" ? { r: "read", w: "write", x: "execute" } : kind === "prop" ? { r: "read", w: "write", c: "c" } : { r: "read", w: "write", f: "derive" };
const m = /^([+-]?)([a-z]*)$/.exec(words[1].toLowerCase());
if (!m || [...m[2]].some((c) => !(c in letters))) throw new UserError(`Flags for ${kind === "prop" ? "a property" : `a ${kind}`} are ${Object.keys(letters).join(", ")}.`);
const mode = m[1];
const flags = new Set([...m[2]]);
const rows = obj.getAcl(target);
const everyone = (perm: string) => rows.some((r) => r.rule === "allow" && r.group === "everyone" && r.permission === perm);
const current = new Set(Object.keys(letters).filter((c) => (c === "c" ? false : everyone(letters[c]))));
if (kind === "prop" && target && "prop" in target) {
  const p = obj.properties().find((x) => x.name === target.prop);
  if (p?.inheritOwner) current.add("c");
}
const wanted = new Set(mode === "+" ? [...current, ...flags] : mode === "-" ? [...current].filter((c) => !flags.has(c)) : [...flags]);
const managed = new Set(Object.keys(letters).filter((c) => c !== "c").map((c) => letters[c]));
const kept = rows.filter((r) => !(r.rule === "allow" && r.group === "everyone" && managed.has(r.permission)));
for (const c of wanted) if (c !== "c") kept.push({ rule: "allow", permission: letters[c] as "read", group: "everyone" });
obj.setAcl(kept, target);
if (kind === "prop" && target && "prop" in target && wanted.has("c") !== current.has("c")) obj.setPropInfo(target.prop, { inheritOwner: wanted.has("c") });
const shown = [...wanted].sort().join("") || "none";
print(`Everyone may now: ${[...wanted].sort().map((c) => (c === "c" ? "(c) keep the definer as owner" : letters[c])).join(", ") || "nothing (only owners and wizards)"} [${shown}] on ${text}.`);
