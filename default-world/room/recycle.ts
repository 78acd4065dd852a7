// @verb recycle --on $room --dspec this --ispec none:none
/**
 * recycle(): before a room is recycled or destroyed, players in it go home (or to the starting room) and things go back to their owners (method).
 */
import { $, isWizard, move, valid } from "moo";
import type { MooObject } from "moo";

// Only those who may recycle the room anyway empty it here (the hook runs before the permission check).
if (!isWizard(player) && player.id !== this.owner.id) return null;
for (const o of this.contents) {
  let dest: MooObject | null = null;
  if (o.isPlayer) {
    const home = o.has("home") ? o.get("home") : null;
    dest = valid(home) && home.id !== this.id ? home : $.player_start;
    o.tell(`${this.name} is going away; you are sent ${dest.id === $.player_start.id ? "to the starting room" : "home"}.`);
  } else if (valid(o.owner) && o.owner.id !== this.id && o.owner.id !== o.id) dest = o.owner;
  if (dest !== null && dest.id === this.id) dest = null;
  move(o, dest);
}
return null;
