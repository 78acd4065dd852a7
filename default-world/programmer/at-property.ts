// @verb @prop*erty --on $programmer --dspec either --ispec any:any
/**
 * @property <obj>.<name> [<value>]: adds a property (the value is JSON, or else taken as text; default null).
 */
import { print, setTaskPerms } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const m = /^\s*(\S+)(?:\s+([\s\S]*))?$/.exec(argstr);
if (!m) {
  print("Usage: @property <obj>.<name> [<value>]");
  return;
}
const ref = player.call("parse_ref", m[1], "prop") as { obj: typeof player; name: string };
const raw = (m[2] ?? "").trim();
let value = null;
if (raw !== "") {
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw.replace(/^"(.*)"$/s, "$1");
  }
}
ref.obj.defineProp(ref.name, value);
print(`Property ${ref.obj.name} (#${ref.obj.id}).${ref.name} added = ${JSON.stringify(value)}.`);
