// @verb edit_callback --on $note --dspec this --ispec none:none
/**
 * edit_callback(text): saves the note edited in the editor (null: cancelled) (method).
 */
import { print } from "moo";

const text = args[0];
if (text === null || text === undefined) {
  print("Edit cancelled.");
  return;
}
this.set("text", String(text));
print(`${this.call("titlec")} saved.`);
