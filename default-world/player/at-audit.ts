// @verb @audit --on $player --dspec either --ispec none:none
/**
 * @audit [<player>]: the objects you (or, for wizards, someone else) own, with where they are.
 */
import { $, isWizard, ownedObjects, print, setTaskPerms, valid } from "moo";

let who = player;
if (dobjstr !== "") {
  const p = $.match_utils.call("match_player", dobjstr);
  if (!valid(p)) {
    print(`There is no player called "${dobjstr}".`);
    return;
  }
  who = p;
  if (who.id !== player.id && !isWizard(player)) {
    print("Only wizards can audit other players.");
    return;
  }
}
setTaskPerms(player);
const objs = ownedObjects(who).sort((a, b) => a.id - b.id);
print(`Objects owned by ${who.name} (#${who.id}):`);
for (const o of objs) {
  const where = valid(o.location) ? `${o.location.name} (#${o.location.id})` : "nowhere";
  print(`  #${o.id} ${o.name} [${where}]`);
}
print("Done.");
