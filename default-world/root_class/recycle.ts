// @verb recycle --on $root_class --dspec this --ispec none:none
/**
 * recycle(): called just before the object is recycled; nothing to do by default (method).
 */
return null;
