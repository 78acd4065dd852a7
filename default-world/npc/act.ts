// @verb act --on $npc --dspec this --ispec none:none
/**
 * act(): what the NPC does at each tick; nothing by default, children override it (method).
 */
return null;
