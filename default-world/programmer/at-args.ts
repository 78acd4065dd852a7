// @verb @args --on $programmer --dspec either --ispec any:any
/**
 * @args <obj>:<verb> <dobj> [<prep> [<iobj>]]: changes which arguments a verb takes (e.g. @args ball:throw any at any).
 */
import { print, setTaskPerms, UserError } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

if (words.length < 2) {
  print("Usage: @args <obj>:<verb> <dobj> [<prep> [<iobj>]]   (dobj: this, any, none, either; iobj: this, any, none)");
  return;
}
const ref = player.call("parse_ref", words[0], "verb") as { obj: typeof player; name: string };
const label = `${ref.obj.name} (#${ref.obj.id})`;
const v = ref.obj.findVerb(ref.name);
if (v === null || v.definer.id !== ref.obj.id) {
  print(`${label} does not define a verb "${ref.name}".`);
  return;
}
const rest = words.slice(1).map((x) => x.toLowerCase());
const dspec = rest[0];
if (!["this", "any", "none", "either"].includes(dspec)) throw new UserError(`"${dspec}" is not a direct-object spec (this, any, none, either).`);
let ispecs: { prep: string; spec: "this" | "any" | "none" }[] = [{ prep: "none", spec: "none" }];
if (rest.length > 1) {
  const tail = rest.slice(1);
  const last = tail.length > 1 ? tail[tail.length - 1] : "none";
  if (tail.length > 1 && !["this", "any", "none"].includes(last)) throw new UserError(`"${last}" is not an indirect-object spec (this, any, none).`);
  ispecs = [{ prep: (tail.length > 1 ? tail.slice(0, -1) : tail).join(" "), spec: last as "this" }];
}
const after = ref.obj.setVerbInfo(v.id, { dspec: dspec as "this", ispecs });
print(`Arguments of ${label}:${after.names[0]} set to ${after.dspec} ${after.ispecs.map((p) => `${p.prep} ${p.spec}`).join(" ")}.`);
