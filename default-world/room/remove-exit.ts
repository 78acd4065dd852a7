// @verb remove_exit --on $room --dspec this --ispec none:none
/**
 * remove_exit(exit): takes an exit out of the room's `exits` (method).
 */
this.set("exits", ((this.get("exits") ?? []) as (typeof this)[]).filter((e) => e?.id !== (args[0] as typeof this | null)?.id));
return true;
