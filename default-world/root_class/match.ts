// @verb match --on $root_class --dspec this --ispec none:none
/**
 * match(name): the object in this one's contents called name (name or alias, any case, exact before prefix); null if none, a list if several (method).
 */
const want = String(args[0] ?? "")
  .trim()
  .toLowerCase();
if (want === "") return null;
const names = (o: typeof this): string[] => [o.name, ...o.aliases].map((n) => n.toLowerCase());
const items = this.contents;
let found = items.filter((o: typeof this) => names(o).includes(want));
if (found.length === 0)
  found = items.filter((o: typeof this) => names(o).some((n) => n.startsWith(want) || n.split(/\s+/).some((w) => w.startsWith(want))));
if (found.length === 0) return null;
return found.length === 1 ? found[0] : found;
