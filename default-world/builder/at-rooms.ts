// @verb @rooms --on $builder --dspec none --ispec none:none
/**
 * @rooms: every room in the world (everything that inherits from $room), in the pager.
 */
import { $, descendants, openPager, print } from "moo";

const rooms = descendants($.room)
  .map((d) => d.obj)
  .sort((a, b) => a.id - b.id);
if (rooms.length === 0) {
  print("There are no rooms.");
  return;
}
const lines = rooms.map((r) => `#${r.id}  ${r.name}  (owner ${r.owner.name})`);
openPager({ title: `Rooms (${rooms.length})`, content: lines.join("\n") });
