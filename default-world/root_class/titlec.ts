// @verb titlec --on $root_class --dspec this --ispec none:none
/**
 * titlec(): the object's title with a capital first letter (method).
 */
const t = String(this.call("title"));
return t.charAt(0).toUpperCase() + t.slice(1);
