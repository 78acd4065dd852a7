// @verb all_aliases --on $root_class --dspec this --ispec none:none
/**
 * all_aliases(): the object's aliases (method).
 */
const extra = (this.has("alias_list") ? this.get("alias_list") : []) as string[];
return [...this.aliases, ...extra.filter((a) => !this.aliases.includes(a))];
