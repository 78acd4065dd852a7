// @verb confunc --on $room --dspec this --ispec none:none
/**
 * confunc(): tells the others in the room that the player has connected (method).
 */
this.call("announce", `${player.name} has connected.`);
