// @verb initialize --on $npc --dspec this --ispec none:none
/**
 * initialize(): a new NPC is a player without an account (nobody can log in as it) and a registered daemon (method).
 */
import { $, setRoles } from "moo";

setRoles(this, { player: true });
$.daemon.call("register", this);
return null;
