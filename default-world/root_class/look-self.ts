// @verb look_self --on $root_class --dspec this --ispec none:none
/**
 * look_self(): prints the object's description (method).
 */
import { print } from "moo";

print(this.call("description") as string);
