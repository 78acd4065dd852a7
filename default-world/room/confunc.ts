// @verb confunc --on $room --dspec this --ispec none:none
/**
 * confunc(): tells the others in the room that the player has connected (method).
 */
import { announce } from "moo";

announce(`${player.name} has connected.`, { room: this });
