// @verb unlock --on $room --dspec any --ispec none:none
/**
 * unlock <exit>: unlocks a door (its owner, the room's owner, a wizard, or whoever passes its key).
 */
import { isWizard, print, valid } from "moo";

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
const key = door.get("key");
if (key === null) {
  print("The door is not locked.");
  return;
}
const mayUnlock =
  isWizard(player) ||
  door.owner.id === player.id ||
  this.owner.id === player.id ||
  (key !== door.id && door.call("is_unlocked_for", player));
if (!mayUnlock) {
  print("You can't unlock that door.");
  return;
}
door.set("key", null);
print("The door is unlocked.");
