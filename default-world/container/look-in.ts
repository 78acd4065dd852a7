// @verb look_in --on $container --dspec this --ispec none:none
/**
 * look_in(viewer): what `look in <container>` shows: its description and what is inside (method).
 */
this.call("look_self", args[0] ?? player);
