// @verb invoke --on $exit --dspec this --ispec none:none
/**
 * invoke(who): sends a player through this exit (method).
 */
import { valid } from "moo";

const who = valid(args[0]) ? args[0] : player;
if (!who.isPlayer) return false;
return this.call("move", who);
