// @verb @lock_for_open lock_for_open @lock-for-open --on $container --dspec this --ispec with:any
/**
 * @lock_for_open <container> with <key expression>: only those passing the key can open it.
 */
import type { MooValue } from "moo";
import { $, isWizard, print } from "moo";

if (this.owner.id !== player.id && !isWizard(player)) {
  print("You don't have permission to lock that.");
  return;
}
if (prep !== "with" || iobjstr === "") {
  print("Usage: @lock_for_open <container> with <key expression>");
  return;
}
let key: MooValue;
try {
  key = $.lock_utils.call("parse_keyexp", argstr.slice(argstr.search(/\swith\s/) + 6).trim());
} catch {
  print("That doesn't look like a valid key expression.");
  return;
}
this.set("open_key", key);
print(`Locked ${this.name} (#${this.id}) for opening with ${$.lock_utils.call("unparse_key", key)}.`);
