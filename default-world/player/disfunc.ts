// @verb disfunc --on $player --dspec this --ispec none:none
/**
 * disfunc(): notes that the player has disconnected (method).
 */
if (this.id !== player.id) return;
player.set("last_connected_time", Date.now());
