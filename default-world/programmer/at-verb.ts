// @verb @verb --on $programmer --dspec either --ispec any:any
/**
 * @verb <obj>:<names> [<dobj> [<prep> [<iobj>]]]: adds a verb (e.g. @verb ball:bounce this none none), then @program it.
 */
import { print, setTaskPerms, UserError } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const w = words;
if (w.length === 0) {
  print("Usage: @verb <obj>:<names> [<dobj> [<prep> [<iobj>]]]   e.g. @verb ball:bounce this none none");
  return;
}
const ref = player.call("parse_ref", w[0], "verb") as { obj: typeof player; name: string };
const names = ref.name.split(/\s+/).filter((n) => n !== "");
const rest = w.slice(1).map((x) => x.toLowerCase());
const dspec = rest[0] ?? "none";
if (!["this", "any", "none", "either"].includes(dspec)) throw new UserError(`"${dspec}" is not a direct-object spec (this, any, none, either).`);
let ispecs: { prep: string; spec: "this" | "any" | "none" }[] = [{ prep: "none", spec: "none" }];
if (rest.length > 1) {
  const tail = rest.slice(1);
  const last = tail.length > 1 ? tail[tail.length - 1] : "none";
  if (tail.length > 1 && !["this", "any", "none"].includes(last)) throw new UserError(`"${last}" is not an indirect-object spec (this, any, none).`);
  const prep = (tail.length > 1 ? tail.slice(0, -1) : tail).join(" ");
  ispecs = [{ prep, spec: last as "this" | "any" | "none" }];
}
const v = ref.obj.addVerb(names, { dspec: dspec as "this", ispecs, code: "" });
const args2 = `${v.dspec} ${v.ispecs.map((p) => `${p.prep} ${p.spec}`).join(" ")}`;
print(`Verb ${v.names.join(" ")} (#${v.id}) added to ${ref.obj.name} (#${ref.obj.id}) [${args2}]. Now @program ${ref.obj.id === player.id ? "me" : `#${ref.obj.id}`}:${v.names[0]}.`);
