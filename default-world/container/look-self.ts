// @verb look_self --on $container --dspec this --ispec none:none
/**
 * look_self([viewer]): the container's description, whether it is open, and what can be seen inside (method).
 */
import { print } from "moo";

print(this.call("description") as string);
this.call("tell_contents", args[0] ?? player);
