// @verb @sw*eep --on $player --dspec none --ispec none:none
/**
 * @sweep: lists who (and what) could be listening to you here.
 */
import { print } from "moo";

const here = player.location;
const found: string[] = [];
for (const o of here.contents) {
  if (o.id === player.id) continue;
  if (o.isPlayer) {
    if (o.call("is_connected")) found.push(`${o.name} (#${o.id}) is listening.`);
  } else if (o.owner.id !== player.id && o.hasVerb("listen")) {
    found.push(`${o.name} (#${o.id}) has a listen verb, owned by ${o.owner.name} (#${o.owner.id}).`);
  }
}
if (here.owner.id !== player.id && here.has("bugged") && here.get("bugged")) {
  found.push(`${here.name} (#${here.id}) is bugged by ${here.owner.name} (#${here.owner.id}).`);
}
if (found.length === 0) print("Communications are secure.");
else for (const line of found) print(line);
