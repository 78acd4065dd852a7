// @verb accept --on $room --dspec this --ispec none:none
/**
 * accept(what): whether something may come in: it must pass the room's lock, and if free_entry is off only the owner's objects and residents may enter (method).
 */
const what = args[0] as typeof this;
if (!this.call("is_unlocked_for", what)) return false;
if (this.get("free_entry")) return true;
if (what.owner.id === this.owner.id) return true;
const residents = (this.get("residents") ?? []) as { id: number }[];
return residents.some((r) => r && r.id === what.id);
