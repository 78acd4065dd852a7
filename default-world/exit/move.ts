// @verb move --on $exit --dspec this --ispec none:none
/**
 * move(thing): moves thing from this exit's source to its destination, with leave and arrive messages; a closed door, the exit's lock or the destination's `accept` can stop it (method).
 */
import { move, print, valid } from "moo";

const thing = args[0] as typeof this;
const source = this.get("source");
const dest = this.get("dest");
const actor = thing.id === player.id;
const tellRoom = (room: unknown, text: string) => {
  if (valid(room) && text !== "") (room as typeof this).call("announce_all_but", [thing], text);
};
if (this.get("open") === false) {
  if (actor) print("The door is closed.");
  return false;
}
const refused = () => {
  if (actor) print(this.call("msg", "nogo_msg", thing, source) as string);
  tellRoom(thing.location, this.call("msg", "onogo_msg", thing, source) as string);
  return false;
};
if (!valid(dest) || !this.call("is_unlocked_for", thing)) return refused();
if (!dest.call("accept", thing)) return refused();
const from = thing.location;
if (actor) print(this.call("msg", "leave_msg", thing, from) as string);
tellRoom(from, this.call("msg", "oleave_msg", thing, from) as string);
move(thing, dest);
if (actor) print(this.call("msg", "arrive_msg", thing, dest) as string);
tellRoom(dest, this.call("msg", "oarrive_msg", thing, dest) as string);
if (thing.isPlayer && actor) dest.call("look_self", thing);
return true;
