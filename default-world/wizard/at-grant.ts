// @verb @grant @revoke --on $wizard --dspec either --ispec any:any
/**
 * @grant|@revoke <player> builder|programmer|wizard: gives or takes a role (and moves the avatar to the matching class).
 */
import { $, isWizard, lookup, print, roles, setRoles, setTaskPerms, UserError } from "moo";

if (!isWizard(player)) throw new UserError("Only wizards can do that.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const revoke = verb.toLowerCase() === "@revoke";
if (words.length !== 2) {
  print(`Usage: ${revoke ? "@revoke" : "@grant"} <player> builder|programmer|wizard`);
  return;
}
let who;
try {
  who = lookup(words[0]);
} catch {
  throw new UserError(`There is no player "${words[0]}".`);
}
if (!who.isPlayer) throw new UserError(`${who.name} (#${who.id}) is not a player.`);
const role = words[1].toLowerCase().replace(/s$/, "");
const order = ["builder", "programmer", "wizard"];
const rank = order.indexOf(role);
if (rank < 0) throw new UserError("The role is builder, programmer or wizard.");
const r = roles(who);
const level = r.wizard ? 3 : r.programmer ? 2 : r.builder ? 1 : 0;
const next = revoke ? Math.min(level, rank) : Math.max(level, rank + 1);
if (next === level) {
  print(`${who.name} ${revoke ? "does not have" : "already has"} that role.`);
  return;
}
setRoles(who, { builder: next >= 1, programmer: next >= 2, wizard: next >= 3 });
// Commands live on the role classes: move the avatar to the class of its highest role.
const classes = [$.player, $.builder, $.programmer, $.wizard] as (typeof player)[];
const ps = who.parents;
if (ps.length === 1 && classes.some((c) => c.id === ps[0].id)) who.setParents([classes[next]]);
const names = ["a player", "a builder", "a programmer", "a wizard"];
print(`${who.name} (#${who.id}) is now ${names[next]}.`);
if (who.id !== player.id) who.tell(`${player.name} has made you ${names[next]}.`);
