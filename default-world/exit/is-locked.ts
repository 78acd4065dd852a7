// @verb is_locked --on $exit --dspec this --ispec none:none
/**
 * is_locked([who]): whether the door is locked for who (default the player) (method).
 */
return !this.call("is_unlocked_for", args[0] ?? player);
