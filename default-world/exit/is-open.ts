// @verb is_open --on $exit --dspec this --ispec none:none
/**
 * is_open(): whether the door is open (method).
 */
return this.get("open") !== false;
