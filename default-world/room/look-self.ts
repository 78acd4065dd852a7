// @verb look_self --on $room --dspec this --ispec none:none
/**
 * look_self([viewer]): prints the room's title, description, contents and obvious exits (method).
 */
import { print, valid } from "moo";

const viewer = valid(args[0]) ? args[0] : player;
print(`[bold yellow]${this.name}[/bold yellow]`);
if (this.get("dark") && !(this.hasVerb("is_lit") && this.call("is_lit"))) {
  print("It's too dark to see anything.");
  return;
}
const desc = this.call("description") as string;
print(desc);
this.call("tell_contents", viewer);
const exits = this.call("obvious_exits") as string[];
if (exits.length > 0) print(`Exits: ${exits.join(", ")}`);
