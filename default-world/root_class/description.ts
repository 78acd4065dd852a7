// @verb description --on $root_class --dspec this --ispec none:none
/**
 * description(): the object's description, or "Not much to see here." (method).
 */
const d = this.has("description") ? this.get("description") : "";
if (typeof d === "string" && d.trim() !== "") return d;
if (Array.isArray(d) && d.length > 0) return d.join("\n");
return "[magenta]Not much to see here.[/magenta]";
