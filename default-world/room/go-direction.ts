// @verb go_direction --on $room --dspec this --ispec none:none
/**
 * go_direction(word): moves the player through the exit called word; reports "You can't go that way." if there is none (method).
 */
import { $, print, valid } from "moo";

const word = $.string_utils.call("expand_direction", String(args[0] ?? "")) as string;
let ex = this.call("match_exit", word);
if (ex === null && this.hasVerb("procedural_exit")) ex = this.call("procedural_exit", word);
if (Array.isArray(ex)) {
  print(`I don't know which '${args[0]}' you mean.`);
  return false;
}
if (!valid(ex)) {
  print("You can't go that way.");
  return false;
}
(ex as typeof this).call("invoke", player);
return true;
