// @verb sit --on $furniture --dspec this --ispec none:none
/**
 * sit <furniture>: sits down on it (stand gets you up again).
 */
import { print, valid } from "moo";

const seat = player.get("seated_on");
if (valid(seat) && (seat as typeof this).location.id === player.location.id) {
  if ((seat as typeof this).id === this.id) print(this.call("msg", "sit_failed_msg") as string);
  else print("You're already sitting down.");
  return;
}
player.set("seated_on", this);
print(this.call("msg", "sit_succeeded_msg") as string);
player.location.call("announce", this.call("msg", "osit_succeeded_msg"));
