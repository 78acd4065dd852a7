// @verb get_lights --on $room --dspec this --ispec none:none
/**
 * get_lights(): the lit light sources (`alight`) in the room, and one level inside each visible thing that lets light out (opaque 0, or 1 while open; players carry opaque 0) (method).
 */
const lights: unknown[] = [];
const lit = (o: typeof this) => o.has("alight") && Boolean(o.get("alight"));
for (const item of this.contents) {
  if (item.call("is_hidden_placement")) continue;
  if (lit(item)) lights.push(item);
  if (!item.has("opaque")) continue;
  const opaque = Number(item.get("opaque") ?? 0);
  const open = item.has("open") && Boolean(item.get("open"));
  if (opaque === 0 || (opaque === 1 && open)) {
    for (const inner of item.contents) if (lit(inner)) lights.push(inner);
  }
}
return lights;
