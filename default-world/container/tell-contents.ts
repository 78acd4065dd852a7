// @verb tell_contents --on $container --dspec this --ispec none:none
/**
 * tell_contents([viewer]): lists what is inside, when you can see in (open, or transparent) (method).
 */
import { print } from "moo";

const opaque = Number(this.get("opaque") ?? 0);
if (!this.get("open") && opaque !== 0) {
  print(`${this.call("titlec")} is closed.`);
  return;
}
if (opaque === 2) {
  print("It is too dark inside to see anything.");
  return;
}
const items = this.contents;
if (items.length === 0) {
  print("It is empty.");
  return;
}
print("Contents:");
for (const x of items) print(`  ${x.call("title")}`);
