// @verb program_done --on $programmer --dspec this --ispec none:none
/**
 * program_done(text, kind, obj, name, create): saves what the editor of @program / @edit returned (method).
 */
import { checkCode, print, setTaskPerms } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const [text, kind, obj, name, create] = args as [string, string, typeof player, string | number, boolean];
const label = `${obj.name} (#${obj.id})`;
if (kind === "prop") {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    print(`That is not valid JSON (${(e as Error).message}). ${label}.${name} was not changed.`);
    return;
  }
  obj.set(String(name), value);
  print(`Property ${label}.${name} set.`);
  return;
}
const problem = checkCode(text);
if (problem) {
  print(`Line ${problem.line}: ${problem.message}`);
  print(`Nothing was saved.`);
  return;
}
if (create) {
  const v = obj.addVerb(String(name), { code: text });
  print(`Verb ${label}:${v.names[0]} added and programmed.`);
  return;
}
const v = obj.setVerbCode(name, text);
print(`Verb ${label}:${v.names[0]} programmed.`);
