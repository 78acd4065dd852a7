// @verb stand --on $player --dspec either --ispec none:none
/**
 * stand [<furniture>]: gets up from what you are sitting on.
 */
import { print, valid } from "moo";

const seat = player.get("seated_on");
const sitting = valid(seat) && (seat as typeof this).location.id === player.location.id;
if (dobjstr !== "" && valid(dobj) && (!sitting || (seat as typeof this).id !== dobj.id)) {
  print(dobj.has("stand_failed_msg") ? (dobj.call("msg", "stand_failed_msg") as string) : "You aren't sitting on that.");
  return;
}
if (!sitting) {
  if (valid(seat)) player.set("seated_on", null);
  print("You are already standing.");
  return;
}
const f = seat as typeof this;
player.set("seated_on", null);
print(f.call("msg", "stand_succeeded_msg") as string);
player.location.call("announce", f.call("msg", "ostand_succeeded_msg"));
