// @verb direction --on $exit --dspec this --ispec none:none
/**
 * direction(): how players refer to this exit: its first alias, or "north" for "north from The Laboratory" (method).
 */
const aliases = this.aliases;
if (aliases.length > 0) return aliases[0];
const i = this.name.indexOf(" from ");
return i > 0 ? this.name.slice(0, i) : this.name;
