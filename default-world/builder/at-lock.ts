// @verb @lock --on $builder --dspec any --ispec with:any
/**
 * @lock <obj> with <key expression>: only those passing the key may take it, enter it or use it (e.g. `@lock box with #12 || golden key`).
 */
import type { MooValue } from "moo";
import { $, isWizard, print } from "moo";

if (prep !== "with" || iobjstr === "") {
  print("Usage: @lock <obj> with <key expression>");
  return;
}
const obj = $.match_utils.call("resolve", dobj, dobjstr) as typeof this | null;
if (!obj) return;
if (obj.owner.id !== player.id && !isWizard(player)) {
  print("You don't have permission to lock that.");
  return;
}
const text = argstr.slice(argstr.search(/\swith\s/) + 6).trim();
let key: MooValue;
try {
  key = $.lock_utils.call("parse_keyexp", text);
} catch {
  print("That doesn't look like a valid key expression.");
  return;
}
obj.set("key", key);
print(`Locked ${obj.name} (#${obj.id}) with ${$.lock_utils.call("unparse_key", key)}.`);
