// @verb announce_all_but --on $room --dspec this --ispec none:none
/**
 * announce_all_but(skip, text[, kind]): tells everyone in the room except the objects in skip, through each one's `tell` (so gags apply) (method).
 */
const skip = new Set(((args[0] ?? []) as (typeof this)[]).map((o) => o?.id));
const text = String(args[1] ?? "");
const kind = args[2] ?? "text";
if (text === "") return;
for (const o of this.contents) {
  if (skip.has(o.id) || !o.isPlayer) continue;
  o.call("tell", text, kind);
}
