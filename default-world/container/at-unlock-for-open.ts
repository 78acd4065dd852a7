// @verb @unlock_for_open unlock_for_open @unlock-for-open --on $container --dspec this --ispec none:none
/**
 * @unlock_for_open <container>: anyone may open it again.
 */
import { isWizard, print } from "moo";

if (this.owner.id !== player.id && !isWizard(player)) {
  print("You don't have permission to unlock that.");
  return;
}
this.set("open_key", null);
print(`Unlocked ${this.name} (#${this.id}) for opening.`);
