// @verb is_hidden_placement --on $root_class --dspec this --ispec none:none
/**
 * is_hidden_placement(): whether the object is placed under or behind something (then it is only found with `from`) (method).
 */
const p = this.call("placement") as unknown[] | null;
return p !== null && (p[0] === "under" || p[0] === "behind");
