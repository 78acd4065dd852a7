// @verb @sethome --on $player --dspec none --ispec none:none
/**
 * @sethome: makes the room you are in your home.
 */
import { print, valid } from "moo";

const here = player.location;
if (!valid(here) || !here.hasVerb("accept") || !here.call("accept", player)) {
  print("You cannot set your home to this location. It is not allowing you to enter.");
  return;
}
player.set("home", here);
print("Your home has been set to your current location.");
