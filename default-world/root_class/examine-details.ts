// @verb examine_details --on $root_class --dspec this --ispec none:none
/**
 * examine_details(): prints what `examine` shows about this object (method).
 */
import { $, isWizard, print } from "moo";

const owner = this.owner;
print(`[bold]${this.name}[/bold] (#${this.id}) is owned by ${owner?.name ?? "nobody"} (#${owner?.id ?? -1}).`);
const parents = this.parents.map((p: typeof this) => `${p.name} (#${p.id})`);
if (parents.length > 0) print(`Parents: ${parents.join(", ")}`);
if (this.aliases.length > 0) print(`Aliases: ${this.aliases.join(", ")}`);
print(this.call("description") as string);
const key = this.has("key") ? this.get("key") : null;
if (key !== null && (owner.id === player.id || isWizard(player))) print(`Key: ${$.lock_utils.call("unparse_key", key)}`);
const contents = this.contents.map((c: typeof this) => `${c.name} (#${c.id})`);
if (contents.length > 0) {
  print("Contents:");
  for (const c of contents) print(`  ${c}`);
}
// Commands only: methods say "(method)" in their doc comment.
const commands = this.verbs(true)
  .filter((v: { executable: boolean; doc: string }) => v.executable && !v.doc.includes("(method)"))
  .map((v: { names: string[] }) => v.names[0]);
if (commands.length > 0) print(`Verbs: ${[...new Set(commands)].join(", ")}`);
