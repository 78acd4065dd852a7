// @verb @edit --on $note --dspec this --ispec with:any
/**
 * @edit <note> [with "<text>"]: writes on a note you own (in the editor, or at once with `with`; `\n` starts a new line).
 */
import { isWizard, openEditor, print } from "moo";

if (this.owner.id !== player.id && !isWizard(player)) {
  print("You don't have permission to edit this note.");
  return;
}
if (prep === "with") {
  const text = argstr
    .slice(argstr.search(/\swith\s/) + 6)
    .trim()
    .replace(/^"(.*)"$/s, "$1")
    .replace(/\\n/g, "\n");
  this.set("text", text);
  print(`${this.call("titlec")} now reads: "${text}"`);
  return;
}
openEditor({ title: `Editing ${this.name}`, content: String(this.get("text") ?? ""), callback: { obj: this, verb: "edit_callback" } });
