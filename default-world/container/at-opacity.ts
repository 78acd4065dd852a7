// @verb @opacity --on $container --dspec this --ispec is:any
/**
 * @opacity <container> is 0|1|2: 0 transparent (see in even when closed), 1 opaque (only when open), 2 a black hole (never).
 */
import { isWizard, print } from "moo";

if (this.owner.id !== player.id && !isWizard(player)) {
  print("You don't have permission to do that.");
  return;
}
if (prep !== "is" || !["0", "1", "2"].includes(iobjstr.trim())) {
  print("Usage: @opacity <container> is 0|1|2");
  return;
}
this.set("opaque", Number(iobjstr.trim()));
print(`The opacity of ${this.name} (#${this.id}) is now ${iobjstr.trim()}.`);
