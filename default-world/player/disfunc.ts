// @verb disfunc --on $player --dspec this --ispec none:none
/**
 * disfunc(): nothing to do when a player disconnects (method).
 */
return null;
