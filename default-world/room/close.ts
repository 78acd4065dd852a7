// @verb close --on $room --dspec any --ispec none:none
/**
 * close <exit>: closes a door; a door with `autolock` locks itself when closed.
 */
import { print, valid } from "moo";

const ex = this.call("match_exit", dobjstr);
if (Array.isArray(ex)) {
  print(`I don't know which '${dobjstr}' you mean.`);
  return;
}
if (!valid(ex)) {
  print(valid(dobj) ? "You can't close that." : `There is no exit called ${dobjstr} here.`);
  return;
}
const door = ex as typeof this;
if (!door.call("is_open")) {
  print("The door is already closed.");
  return;
}
door.set("open", false);
if (door.get("autolock") && door.get("key") === null) door.set("key", door.id);
print("The door is closed.");
this.call("announce", `${player.name} closes the door ${door.call("direction")}.`);
