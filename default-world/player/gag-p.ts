// @verb gag_p --on $player --dspec this --ispec none:none
/**
 * gag_p(): whether this player gags whoever is sending the current message (the player behind the task, or the object whose verb speaks) (method).
 */
import { valid } from "moo";

if (player.id === this.id) return false;
const gagged = (this.get("gaglist") ?? []) as unknown[];
if (gagged.some((g) => valid(g) && (g as typeof this).id === player.id)) return true;
const objects = (this.get("object_gaglist") ?? []) as unknown[];
if (objects.length === 0) return false;
return objects.some((g) => valid(g) && ((g as typeof this).id === caller.id || (g as typeof this).id === player.id));
