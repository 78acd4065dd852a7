// @verb @quota --on $player --dspec either --ispec none:none
/**
 * @quota [<player>]: how many more objects you (or, for wizards, someone else) may create.
 */
import { $, isWizard, print, valid } from "moo";

let who = player;
if (dobjstr !== "") {
  const p = $.match_utils.call("match_player", dobjstr);
  if (!valid(p)) {
    print(`There is no player called "${dobjstr}".`);
    return;
  }
  who = p as typeof this;
  if (who.id !== player.id && !isWizard(player)) {
    print("Only wizards can see other players' quotas.");
    return;
  }
}
const q = who.get("ownership_quota");
if (isWizard(who)) print(who.id === player.id ? "You are a wizard: your quota is unlimited." : `${who.name} is a wizard: their quota is unlimited.`);
else print(who.id === player.id ? `Your quota is ${q}.` : `${who.name}'s quota is ${q}.`);
