// @verb announce --on $room --dspec this --ispec none:none
/**
 * announce(text[, kind]): tells everyone in the room except the player (method).
 */
return this.call("announce_all_but", [player], args[0], args[1] ?? "text");
