// @verb tell_contents_extra --on $room --dspec this --ispec none:none
/**
 * tell_contents_extra(viewer): a hook printing more after the contents listing; nothing by default (method).
 */
return null;
