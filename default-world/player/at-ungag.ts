// @verb @ungag --on $player --dspec any --ispec none:none
/**
 * @ungag <player or object> | everyone: hears them again.
 */
import { print, valid } from "moo";

if (dobjstr.toLowerCase() === "everyone") {
  player.set("gaglist", []);
  player.set("object_gaglist", []);
  print("Gag lists cleared.");
  return;
}
const want = dobjstr.toLowerCase();
for (const prop of ["gaglist", "object_gaglist"]) {
  const list = ((player.get(prop) ?? []) as (typeof this)[]).filter((g) => valid(g));
  const i = list.findIndex(
    (g) => g.name.toLowerCase() === want || `#${g.id}` === want || (valid(dobj) && g.id === dobj.id),
  );
  if (i >= 0) {
    const [gone] = list.splice(i, 1);
    player.set(prop, list);
    print(`You are no longer gagging ${gone.name}.`);
    return;
  }
}
print(`You are not gagging ${dobjstr}.`);
