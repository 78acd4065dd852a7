// @verb @unlock_for_read @unlock-for-read --on $note --dspec this --ispec none:none
/**
 * @unlock_for_read <note>: anyone may read it again.
 */
import { isWizard, print } from "moo";

if (this.owner.id !== player.id && !isWizard(player)) {
  print("You don't have permission to unlock that.");
  return;
}
this.set("read_key", null);
print(`Unlocked ${this.name} (#${this.id}) for reading.`);
