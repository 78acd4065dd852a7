// @verb @obvious @nonobvious --on $builder --dspec any --ispec none:none
/**
 * @obvious <obj> / @nonobvious <obj>: shows or hides something you own in room contents listings.
 */
import { $, isWizard, print } from "moo";

const obj = $.match_utils.call("resolve", dobj, dobjstr) as typeof this | null;
if (!obj) return;
if (obj.owner.id !== player.id && !isWizard(player)) {
  print("You don't have permission to do that.");
  return;
}
const show = verb.toLowerCase() === "@obvious";
obj.setObvious(show);
print(show ? `${obj.name} (#${obj.id}) is now obvious.` : `${obj.name} (#${obj.id}) is no longer obvious.`);
