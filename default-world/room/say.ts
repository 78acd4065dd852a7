// @verb say --on $room --dspec either --ispec any:any
/**
 * say <text>: says something out loud to everyone in the room (also "<text>).
 */
import { print } from "moo";

if (argstr.trim() === "") {
  print("What do you want to say?");
  return;
}
print(`You: ${argstr}`);
this.call("announce", `${player.name}: ${argstr}`, "say");
