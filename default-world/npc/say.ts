// @verb say --on $npc --dspec this --ispec none:none
/**
 * say(message): the NPC says something; everyone in its room hears "<NPC>: message", as for a player's say (method).
 */
import { isWizard, UserError, valid } from "moo";

if (caller !== this && player !== this && player !== this.owner && !isWizard(player)) {
  throw new UserError(`Only a wizard or ${this.name}'s owner can put words in its mouth.`);
}
const room = this.location;
if (!valid(room) || !room.hasVerb("announce_all_but")) return false;
room.call("announce_all_but", [this], `${this.name}: ${String(args[0] ?? "")}`, "say");
return true;
