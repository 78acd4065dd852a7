// @verb hide_from_contents --on $room --dspec this --ispec none:none
/**
 * hide_from_contents(obj): a hook: true keeps obj out of the contents listing (method).
 */
return false;
