// @verb is_direction --on $string_utils --dspec this --ispec none:none
/**
 * is_direction(word): whether word is a compass direction, up or down (full or short) (method).
 */
return this.call("opposite_direction", args[0]) !== null;
