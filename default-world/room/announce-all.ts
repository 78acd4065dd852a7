// @verb announce_all --on $room --dspec this --ispec none:none
/**
 * announce_all(text[, kind]): tells everyone in the room, the player included (method).
 */
return this.call("announce_all_but", [], args[0], args[1] ?? "text");
