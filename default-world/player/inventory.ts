// @verb i*nventory --on $player --dspec none --ispec none:none
/**
 * inventory: lists what you are carrying.
 */
import { print } from "moo";

const items = player.contents;
if (items.length === 0) {
  print("You are empty-handed.");
  return;
}
print("You are carrying:");
for (const x of items) print(`  ${x.call("title")}`);
