// @verb look_self --on $room --dspec this --ispec none:none
/**
 * look_self([viewer]): prints the room's title, description, contents and obvious exits; only the title when it is dark (method).
 */
import { print, valid } from "moo";

const viewer = valid(args[0]) ? args[0] : player;
print(`[bold yellow]${this.call("title")}[/bold yellow]`);
if (!this.call("is_lit")) {
  print("It's too dark to see anything.");
  return;
}
print(this.call("description") as string);
this.call("tell_contents", viewer);
const exits = this.call("obvious_exits") as string[];
if (exits.length > 0) print(`Exits: ${exits.join(", ")}`);
