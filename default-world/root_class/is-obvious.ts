// @verb is_obvious --on $root_class --dspec this --ispec none:none
/**
 * is_obvious(): whether the object shows in room contents listings (method).
 */
const self = this as unknown as Record<string, unknown>;
if (typeof self.obvious === "boolean") return self.obvious;
return this.has("obvious_flag") ? Boolean(this.get("obvious_flag")) : true;
