// @verb @set --on $builder --dspec any --ispec on:any
/**
 * @set <property> on <obj> to <value> · @set <obj>.<property> to <value>: sets a property (the value is JSON, `#N`, or else plain text).
 */
import { $, lookup, MooObject, print, setTaskPerms } from "moo";

const text0 = argstr.trim();
const onForm = /^(\S+)\s+on\s+(.+?)\s+(?:to|=)\s+(.*)$/is.exec(text0);
const dotForm = /^(.+?)\.(\w+)\s+(?:to|=)\s+(.*)$/s.exec(text0);
const parts = onForm ? [onForm[1], onForm[2], onForm[3]] : dotForm ? [dotForm[2], dotForm[1], dotForm[3]] : null;
if (!parts) {
  print("Usage: @set <property> on <obj> to <value>");
  return;
}
const [propName, objName, raw] = parts;
const obj = $.match_utils.call("resolve", null, objName) as typeof this | null;
if (!obj) return;
const text = raw.trim();
let value: unknown;
if (/^#-?\d+$/.test(text)) {
  try {
    value = lookup(text);
  } catch {
    print(`There is no object ${text}.`);
    return;
  }
} else {
  try {
    value = JSON.parse(text);
  } catch {
    value = text.replace(/^'(.*)'$/s, "$1");
  }
}
const name = propName.replace(/^\./, "");
try {
  setTaskPerms(player);
  obj.set(name, value as never);
} catch (e) {
  print((e as Error).message);
  return;
}
const shown = value instanceof MooObject ? `#${(value as typeof this).id}` : JSON.stringify(value);
print(`Set ${name} on ${obj.name} (#${obj.id}) to ${shown}.`);
