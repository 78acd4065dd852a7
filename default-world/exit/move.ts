// @verb move --on $exit --dspec this --ispec none:none
/**
 * move(thing): moves thing from this exit's source to its destination, with leave and arrive messages (method).
 */
import { announce, move, print, valid } from "moo";

const thing = args[0];
const source = this.get("source");
const dest = this.get("dest");
const say = (text: string, room: unknown) => {
  if (text !== "") announce(text, { room, except: [thing] });
};
const refused = () => {
  if (thing.id === player.id) print(this.call("msg", "nogo_msg", thing, source) as string);
  say(this.call("msg", "onogo_msg", thing, source) as string, thing.location);
  return false;
};
if (!valid(dest)) return refused();
if (!((dest.has("free_entry") && dest.get("free_entry")) || dest.call("accept", thing))) return refused();
const from = thing.location;
if (thing.id === player.id) print(this.call("msg", "leave_msg", thing, from) as string);
if (valid(from)) say(this.call("msg", "oleave_msg", thing, from) as string, from);
move(thing, dest);
if (thing.id === player.id) print(this.call("msg", "arrive_msg", thing, dest) as string);
say(this.call("msg", "oarrive_msg", thing, dest) as string, dest);
if (thing.isPlayer && thing.id === player.id) dest.call("look_self", thing);
return true;
