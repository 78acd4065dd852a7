// @verb trigger --on $daemon --dspec this --ispec none:none
/**
 * trigger(): runs one tick now, in this task (wizards and the daemon's owner) (method).
 */
import { print } from "moo";

const count = this.call("tick");
print(`${this.name} ticked (tick ${count}).`);
return count;
