// @verb @add-exit @add_exit @add-entrance @add_entrance --on $room --dspec any --ispec none:none
/**
 * @add-exit <exit> · @add-entrance <exit>: adds an existing exit to this room's exits (or entrances).
 */
import { $, isWizard, print } from "moo";

const ex = $.match_utils.call("resolve", dobj, dobjstr) as typeof this | null;
if (!ex) return;
if (!ex.isA($.exit)) {
  print(`${ex.name} (#${ex.id}) is not an exit.`);
  return;
}
const room = player.location;
if (room.owner.id !== player.id && !isWizard(player)) {
  print(`You don't own ${room.name}.`);
  return;
}
const entrance = verb.toLowerCase().includes("entrance");
room.call(entrance ? "add_entrance" : "add_exit", ex);
print(entrance ? `Added entrance "${ex.name}".` : `Added exit "${ex.name}".`);
