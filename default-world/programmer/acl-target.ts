// @verb acl_target --on $programmer --dspec this --ispec none:none
/**
 * acl_target(text): reads "<obj>", "<obj>:<verb>" or "<obj>.<prop>" into { obj, target } for getAcl/setAcl (method).
 */
import { lookup, setTaskPerms, UserError } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const text = String(args[0] ?? "");
if (/[:.]/.test(text) && !/^#-?\d+$/.test(text)) {
  const ref = player.call("parse_ref", text, "either") as { obj: typeof player; name: string; kind: string };
  if (ref.kind === "verb") {
    const v = ref.obj.findVerb(ref.name);
    if (v === null) throw new UserError(`${ref.obj.name} (#${ref.obj.id}) has no verb "${ref.name}".`);
    return { obj: v.definer, target: { verb: v.id } };
  }
  if (!ref.obj.has(ref.name)) throw new UserError(`${ref.obj.name} (#${ref.obj.id}) has no property "${ref.name}".`);
  return { obj: ref.obj, target: { prop: ref.name } };
}
try {
  return { obj: lookup(text), target: null };
} catch {
  throw new UserError(`There is no "${text}" here.`);
}
