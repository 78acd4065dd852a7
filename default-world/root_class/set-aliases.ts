// @verb set_aliases --on $root_class --dspec this --ispec none:none
/**
 * set_aliases(list): replaces the object's aliases (method).
 */
const list = ((args[0] ?? []) as unknown[]).map((a) => String(a));
const self = this as unknown as Record<string, unknown>;
if (typeof self.setAliases === "function") {
  (self.setAliases as (l: string[]) => void)(list);
  if (this.has("alias_list") && (this.get("alias_list") as unknown[]).length > 0) this.set("alias_list", []);
} else {
  // The SDK cannot set aliases yet: keep them in a property the default world's matchers read.
  this.set("alias_list", list);
}
return true;
