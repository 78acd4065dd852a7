// @verb open --on $room --dspec any --ispec none:none
/**
 * open <exit>: opens a door (a closed door stops anyone going through it).
 */
import { print, valid } from "moo";

const ex = this.call("match_exit", dobjstr);
if (Array.isArray(ex)) {
  print(`I don't know which '${dobjstr}' you mean.`);
  return;
}
if (!valid(ex)) {
  print(valid(dobj) ? "You can't open that." : `There is no exit called ${dobjstr} here.`);
  return;
}
const door = ex as typeof this;
if (door.call("is_open")) print("The door is already open.");
else if (door.call("is_locked", player)) print("The door is locked.");
else {
  door.set("open", true);
  print("The door is open.");
  this.call("announce", `${player.name} opens the door ${door.call("direction")}.`);
}
