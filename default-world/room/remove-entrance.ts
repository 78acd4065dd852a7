// @verb remove_entrance --on $room --dspec this --ispec none:none
/**
 * remove_entrance(exit): takes an exit out of the room's `entrances` (method).
 */
this.set("entrances", ((this.get("entrances") ?? []) as (typeof this)[]).filter((e) => e?.id !== (args[0] as typeof this | null)?.id));
return true;
