// @verb drop throw --on $thing --dspec any
/**
 * drop <thing>: puts down something you are carrying.
 */
import { print, valid } from "moo";

if (valid(dobj) && dobj.id !== this.id && dobj.hasVerb("drop")) {
  // Matched on another carried thing: hand the command to the named one.
  dobj.call("drop");
  return;
}
if (!valid(dobj) || dobj.id !== this.id || this.location.id !== player.id) {
  print(`You check your pockets, but can't find ${dobjstr}.`);
  return;
}
const room = player.location;
if (!valid(room) || !this.call("moveto", room)) {
  print(this.call("msg", "drop_failed_msg") as string);
  if (valid(room)) room.call("announce", this.call("msg", "odrop_failed_msg"));
  return;
}
print(this.call("msg", "drop_succeeded_msg") as string);
room.call("announce", this.call("msg", "odrop_succeeded_msg"));
if (player.hasVerb("on_player_action")) player.call("on_player_action", player, "drop", { object: this });
