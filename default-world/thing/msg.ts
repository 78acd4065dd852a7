// @verb msg --on $thing --dspec this --ispec none:none
/**
 * msg(name): the message property `name` with %t/%T (this object) and %N/%n (the player) filled in (method).
 */
const name = String(args[0]);
const tmpl = this.has(name) ? String(this.get(name) ?? "") : "";
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
return tmpl
  .replaceAll("%t", this.name)
  .replaceAll("%T", cap(this.name))
  .replaceAll("%n", player.name)
  .replaceAll("%N", cap(player.name));
