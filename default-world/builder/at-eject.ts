// @verb @eject --on $builder --dspec any --ispec from:any
/**
 * @eject <obj> [from <place>]: throws something or someone out of a room (or container) you own; players land in the starting room, things go back to their owner.
 */
import { $, isWizard, move, print, valid } from "moo";

const place = (prep === "from" ? $.match_utils.call("resolve", iobj, iobjstr) : player.location) as typeof this | null;
if (!place) return;
let obj = valid(dobj) && dobj.location.id === place.id ? dobj : (place.call("match", dobjstr) as unknown);
if (Array.isArray(obj)) {
  print(`I don't know which "${dobjstr}" you mean.`);
  return;
}
if (!valid(obj)) {
  print(`${place.name} does not contain ${dobjstr}.`);
  return;
}
const victim = obj as typeof this;
if (place.owner.id !== player.id && !isWizard(player)) {
  print(`You don't own ${place.name}.`);
  return;
}
if (victim.id === player.id) {
  print("You can't eject yourself.");
  return;
}
if (isWizard(victim) && !isWizard(player)) {
  print(`You can't eject ${victim.name}.`);
  return;
}
const fmt = (tmpl: string, ...xs: string[]) => xs.reduce((t, x) => t.replace("%s", x), tmpl);
const msg = (name: string, def: string) => (place.has(name) ? String(place.get(name)) : def);
if (victim.isPlayer) {
  place.call("eject", victim);
  victim.call("tell", fmt(msg("victim_ejection_message", "You have been ejected from %s by %s."), place.name, player.name));
} else {
  const owner = victim.owner;
  const dest = valid(owner) && owner.id !== place.id && owner.isPlayer ? owner : null;
  move(victim, dest);
}
print(fmt(msg("ejection_message", "You have ejected %s."), victim.name));
if (place.hasVerb("announce_all_but")) {
  place.call("announce_all_but", [player, victim], fmt(msg("room_ejection_message", "%s has been ejected by %s."), victim.name, player.name));
}
