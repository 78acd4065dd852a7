// @verb g*et take --on $player --dspec this --ispec none:none
/**
 * take <player>: players can't be picked up.
 */
import { print } from "moo";

print("You can't take a player!");
this.call("tell", `${player.name} tried unsuccessfully to take you.`);
