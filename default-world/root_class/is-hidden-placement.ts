// @verb is_hidden_placement --on $root_class --dspec this --ispec none:none
/**
 * is_hidden_placement(): whether the object is placed under or behind something (then it is only found with `from`) (method).
 */
const p = this.placement;
return p !== null && (p.prep === "under" || p.prep === "behind");
