// @verb resolve --on $match_utils --dspec this --ispec none:none
/**
 * resolve(matched, typed): the object the parser matched, else the one `typed` names anywhere (`#N`, `$name`, a player, something here, an exit, or a room on the map); prints why and returns null when there is none (method).
 */
import { lookup, MooObject, print, valid } from "moo";

const matched = args[0];
const typed = String(args[1] ?? "")
  .trim()
  .replace(/^"(.*)"$/, "$1");
if (valid(matched)) return matched;
if (typed === "") {
  print("You need to say which object.");
  return null;
}
if (matched instanceof MooObject && matched.id === -2) {
  print(`I don't know which "${typed}" you mean.`);
  return null;
}
try {
  return lookup(typed);
} catch {
  // Exits are not in the room: find them by name or direction.
  const here = player.location;
  const ex = valid(here) && here.hasVerb("match_exit") ? here.call("match_exit", typed) : null;
  if (valid(ex)) return ex;
  const room = this.call("find_room", typed);
  if (valid(room)) return room;
  print(`There is no "${typed}" here.`);
  return null;
}
