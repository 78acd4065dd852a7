// @verb home --on $player --dspec none --ispec none:none
/**
 * home: goes back to your home (set it with @sethome).
 */
import { $, move, print, valid } from "moo";

let dest = player.get("home");
if (!valid(dest)) {
  dest = $.player_start;
  player.set("home", dest);
  print("Your home was not set. It has been set to the default location.");
}
if (player.location.id === dest.id) {
  print("You are already at home.");
  return;
}
const from = player.location;
if (valid(from)) from.call("announce", `${player.name} goes home.`);
// Going home is guaranteed: locks and `accept` don't apply.
move(player, dest);
print("There's no place like home...");
dest.call("announce", `${player.name} arrives home.`);
dest.call("look_self", player);
