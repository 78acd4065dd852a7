// @verb r*ead --on $note --dspec this --ispec none:none
/**
 * read <note>: shows what is written on it (if its read lock lets you).
 */
import { print } from "moo";

if (!this.call("is_readable_by", player)) {
  print(`You can't make out what is written on ${this.call("title")}.`);
  return;
}
const text = String(this.get("text") ?? "");
if (text === "") {
  print(`${this.call("titlec")} is blank.`);
  return;
}
print(`"${text}"`);
