// @verb @gag --on $player --dspec any --ispec none:none
/**
 * @gag <player or object> [...]: stops you hearing anything from them.
 */
import { $, lookup, print, valid } from "moo";

const gagged = [...((player.get("gaglist") ?? []) as (typeof this)[])].filter((g) => valid(g));
const objects = [...((player.get("object_gaglist") ?? []) as (typeof this)[])].filter((g) => valid(g));
let changed = false;
for (const word of words) {
  let who = $.match_utils.call("match_player", word) as typeof this | null;
  if (!valid(who)) {
    try {
      who = lookup(word);
    } catch {
      print(`There is no player or object called "${word}".`);
      continue;
    }
  }
  if (who.id === player.id) {
    print("You can't gag yourself.");
    continue;
  }
  const list = who.isPlayer ? gagged : objects;
  if (list.some((g) => g.id === who.id)) {
    print(`You are already gagging ${who.name}.`);
    continue;
  }
  list.push(who);
  changed = true;
}
if (!changed) {
  print("No changes made to gag list.");
  return;
}
player.set("gaglist", gagged);
player.set("object_gaglist", objects);
print("Gag list updated.");
