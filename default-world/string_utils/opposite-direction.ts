// @verb opposite_direction --on $string_utils --dspec this --ispec none:none
/**
 * opposite_direction(dir): "north" → "south", "ne" → "southwest", "up" → "down"; null for other words (method).
 */
const full = this.call("expand_direction", String(args[0] ?? "")) as string;
const opposite: Record<string, string> = {
  north: "south",
  south: "north",
  east: "west",
  west: "east",
  northeast: "southwest",
  southwest: "northeast",
  northwest: "southeast",
  southeast: "northwest",
  up: "down",
  down: "up",
};
return opposite[full] ?? null;
