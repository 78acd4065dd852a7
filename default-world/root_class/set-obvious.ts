// @verb set_obvious --on $root_class --dspec this --ispec none:none
/**
 * set_obvious(flag): shows (true) or hides (false) the object in room contents listings (method).
 */
const flag = Boolean(args[0]);
const self = this as unknown as Record<string, unknown>;
if (typeof self.setObvious === "function") (self.setObvious as (b: boolean) => void)(flag);
this.set("obvious_flag", flag);
return true;
