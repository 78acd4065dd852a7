// @verb disfunc --on $room --dspec this --ispec none:none
/**
 * disfunc(): tells the others in the room that the player has disconnected (method).
 */
this.call("announce", `${player.name} has disconnected.`);
