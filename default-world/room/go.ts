// @verb go --on $room --dspec either --ispec any:any
/**
 * go <direction> [<direction> …]: walks through one exit after another.
 */
import { print } from "moo";

if (words.length === 0) {
  print("Go where?");
  return;
}
for (const w of words) {
  const here = player.location;
  if (!here || !here.hasVerb("go_direction")) break;
  if (!here.call("go_direction", w)) break;
}
