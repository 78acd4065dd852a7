// @verb emote --on $room --dspec either --ispec any:any
/**
 * emote <text>: shows everyone in the room that you do something, e.g. ":waves." shows "Wizard waves."
 */
import { print } from "moo";

if (argstr.trim() === "") {
  print("What do you want to do?");
  return;
}
const text = /^[,.';:!?]/.test(argstr) ? `${player.name}${argstr}` : `${player.name} ${argstr}`;
print(text);
this.call("announce", text, "emote");
