// @verb eject --on $root_class --dspec this --ispec none:none
/**
 * eject(obj): throws obj out of this object: players go to the starting room, other things to nowhere (method).
 */
import { $, move, print } from "moo";

const obj = args[0] as typeof this;
if (obj.location.id !== this.id) {
  print(`${this.name} does not contain ${obj.name}.`);
  return false;
}
move(obj, obj.isPlayer ? $.player_start : null);
return true;
