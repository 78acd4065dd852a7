// @verb on_tick --on $daemon --dspec this --ispec none:none
/**
 * on_tick(): what the daemon does at each tick; nothing by default, children override it (method).
 */
return null;
