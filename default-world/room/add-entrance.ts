// @verb add_entrance --on $room --dspec this --ispec none:none
/**
 * add_entrance(exit): adds an exit to the room's `entrances` (method).
 */
const list = ((this.get("entrances") ?? []) as (typeof this)[]).filter((e) => e?.id !== (args[0] as typeof this | null)?.id);
this.set("entrances", [...list, args[0]]);
return true;
