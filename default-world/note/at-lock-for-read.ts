// @verb @lock_for_read @lock-for-read --on $note --dspec this --ispec with:any
/**
 * @lock_for_read <note> with <key expression>: only those passing the key can read it.
 */
import type { MooValue } from "moo";
import { $, isWizard, print } from "moo";

if (this.owner.id !== player.id && !isWizard(player)) {
  print("You don't have permission to lock that.");
  return;
}
if (prep !== "with" || iobjstr === "") {
  print("Usage: @lock_for_read <note> with <key expression>");
  return;
}
let key: MooValue;
try {
  key = $.lock_utils.call("parse_keyexp", argstr.slice(argstr.search(/\swith\s/) + 6).trim());
} catch {
  print("That doesn't look like a valid key expression.");
  return;
}
this.set("read_key", key);
print(`Locked ${this.name} (#${this.id}) for reading with ${$.lock_utils.call("unparse_key", key)}.`);
