// @verb add_exit --on $room --dspec this --ispec none:none
/**
 * add_exit(exit): adds an exit to the room's `exits` (method).
 */
const list = ((this.get("exits") ?? []) as (typeof this)[]).filter((e) => e?.id !== (args[0] as typeof this | null)?.id);
this.set("exits", [...list, args[0]]);
return true;
