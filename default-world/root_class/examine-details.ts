// @verb examine_details --on $root_class --dspec this --ispec none:none
/**
 * examine_details(): prints what `examine` shows about this object (method).
 */
import { print } from "moo";

const owner = this.owner;
print(`[bold]${this.name}[/bold] (#${this.id}) is owned by ${owner?.name ?? "nobody"} (#${owner?.id ?? -1}).`);
const parents = this.parents.map((p: typeof this) => `${p.name} (#${p.id})`);
if (parents.length > 0) print(`Parents: ${parents.join(", ")}`);
if (this.aliases.length > 0) print(`Aliases: ${this.aliases.join(", ")}`);
print(this.call("description") as string);
const contents = this.contents.map((c: typeof this) => `${c.name} (#${c.id})`);
if (contents.length > 0) {
  print("Contents:");
  for (const c of contents) print(`  ${c}`);
}
