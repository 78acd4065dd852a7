// @verb er*ase --on $note --dspec this --ispec none:none
/**
 * erase <note>: wipes a note you own clean.
 */
import { isWizard, print } from "moo";

if (this.owner.id !== player.id && !isWizard(player)) {
  print(`You can't erase ${this.call("title")}: it isn't yours.`);
  return;
}
this.set("text", "");
print(`${this.call("titlec")} has been erased.`);
