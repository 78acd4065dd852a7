// @verb @par*anoid --on $player --dspec either --ispec none:none
/**
 * @paranoid 0|1|2: 1 keeps a record of who sent your recent messages (see @check); 2 shows the sender before every message; 0 turns it off.
 */
import { print } from "moo";

if (dobjstr === "") {
  print(`Your paranoid level is ${player.get("paranoid") ?? 0}.`);
  return;
}
const level = Number(dobjstr);
if (!["0", "1", "2"].includes(dobjstr.trim())) {
  print("Paranoid level must be 0, 1, or 2.");
  return;
}
player.set("paranoid", level);
if (level !== 1) player.set("responsible", []);
const what = ["Paranoia is off.", "Your recent messages will be recorded; use @check to see who sent them.", "You will see who sent every message."];
print(`Paranoid level set to ${level}. ${what[level]}`);
