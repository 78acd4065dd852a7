// @verb title --on $root_class --dspec this --ispec none:none
/**
 * title(): the object's name (method).
 */
return this.name;
