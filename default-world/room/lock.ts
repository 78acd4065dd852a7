// @verb lock --on $room --dspec any --ispec with:any
/**
 * lock <exit> [with <key expression>]: locks a door, so that nobody (or only those passing the key) can go through.
 */
import type { MooValue } from "moo";
import { $, isWizard, print, valid } from "moo";

const ex = this.call("match_exit", dobjstr);
if (Array.isArray(ex)) {
  print(`I don't know which '${dobjstr}' you mean.`);
  return;
}
if (!valid(ex)) {
  print(`There is no exit called ${dobjstr} here.`);
  return;
}
const door = ex as typeof this;
if (!isWizard(player) && door.owner.id !== player.id && this.owner.id !== player.id) {
  print("You can't lock that door.");
  return;
}
if (door.get("key") !== null) {
  print("The door is already locked.");
  return;
}
let key: MooValue = door.id;
if (prep === "with") {
  try {
    key = $.lock_utils.call("parse_keyexp", iobjstr);
  } catch {
    print("That doesn't look like a valid key expression.");
    return;
  }
}
door.set("key", key);
print("The door is locked.");
