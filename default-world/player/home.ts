// @verb home --on $player --dspec none --ispec none:none
/**
 * home: goes back to your home (or the starting room).
 */
import { $, announce, move, print, valid } from "moo";

const h = player.has("home") ? player.get("home") : null;
const dest = valid(h) ? h : $.player_start;
if (player.location?.id === dest.id) {
  print("You're already home!");
  return;
}
const from = player.location;
if (valid(from)) announce(`${player.name} goes home.`, { room: from });
move(player, dest);
print("There's no place like home...");
announce(`${player.name} arrives home.`, { room: dest });
dest.call("look_self", player);
