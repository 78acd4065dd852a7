// @verb describe_done --on $builder --dspec this --ispec none:none
/**
 * describe_done(text, obj): saves the description written in the editor by `@describe <obj>` (method).
 */
import { isWizard, type MooObject, print, valid } from "moo";

const [text, obj] = args as [string | null, MooObject];
if (text === null || text === undefined) {
  print("Description not changed.");
  return;
}
if (!valid(obj)) {
  print("That object no longer exists; description not saved.");
  return;
}
// The object may have changed hands while the editor was open: check again.
if (obj.owner.id !== player.id && !isWizard(player)) {
  print("You don't have permission to describe that.");
  return;
}
obj.call("describe", String(text).replace(/\s+$/, ""));
print(`Description set for ${obj.name} (#${obj.id}).`);
