// @verb accept --on $room --dspec this --ispec none:none
/**
 * accept(what): anything may enter unless free_entry is off (then only the owner's objects and residents) (method).
 */
const what = args[0] as typeof this;
if (this.get("free_entry")) return true;
if (what.owner.id === this.owner.id) return true;
const residents = (this.get("residents") ?? []) as { id: number }[];
return residents.some((r) => r && r.id === what.id);
