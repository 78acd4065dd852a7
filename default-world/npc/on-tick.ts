// @verb on_tick --on $npc --dspec this --ispec none:none
/**
 * on_tick(): an NPC acts at each tick (method).
 */
return this.call("act");
