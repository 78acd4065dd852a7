// @verb is_lit --on $room --dspec this --ispec none:none
/**
 * is_lit(): whether one can see here: the room is not dark, or a light source shines in it (method).
 */
if (!this.get("dark")) return true;
return (this.call("get_lights") as unknown[]).length > 0;
