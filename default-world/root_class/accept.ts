// @verb accept --on $root_class --dspec this --ispec none:none
/**
 * accept(what): plain objects hold nothing (method).
 */
return false;
