// @verb describe --on $root_class --dspec this --ispec none:none
/**
 * describe(text): sets the object's description (method).
 */
this.set("description", String(args[0] ?? ""));
return true;
