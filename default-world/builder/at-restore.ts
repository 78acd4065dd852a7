// @verb @restore --on $builder --dspec either --ispec none:none
/**
 * @restore [<name>|#N]: lists your recycled objects, or brings one back to your inventory (wizards: anyone's, to its owner's inventory); it counts against the owner's quota again.
 */
import { $, isWizard, move, print, recycledObjects, restore, setTaskPerms, valid } from "moo";

setTaskPerms(player);
const text = argstr.trim().replace(/^"(.*)"$/, "$1");
const when = (iso: string) => iso.slice(0, 16).replace("T", " ");
if (text === "") {
  const mine = recycledObjects();
  if (mine.length === 0) {
    print("You have no recycled objects.");
    return;
  }
  print("Your recycled objects:");
  for (const r of mine) print(`  #${r.obj.id} ${r.name} (recycled ${when(r.recycledAt)})`);
  return;
}
const bin = isWizard(player) ? recycledObjects(null) : recycledObjects();
const num = /^#(\d+)$/.exec(text);
const found = num ? bin.filter((r) => r.obj.id === Number(num[1])) : bin.filter((r) => r.name.toLowerCase() === text.toLowerCase());
if (found.length === 0) {
  print(`There is no recycled object ${num ? text : `called "${text}"`} that you may restore.`);
  return;
}
if (found.length > 1) {
  print(`I don't know which "${text}" you mean: ${found.map((r) => `#${r.obj.id}`).join(", ")}.`);
  return;
}
const r = found[0];
const label = `${r.name} (#${r.obj.id})`;
try {
  restore(r.obj);
} catch (e) {
  print((e as Error).message);
  return;
}
// An NPC becomes a player again (its recycle hook made it a plain object).
if (r.obj.isA($.npc)) r.obj.call("initialize");
// Rooms and exits belong nowhere; anything else comes back to its owner's hands (yours, or, when a
// wizard restores someone else's, theirs).
if (r.obj.isA($.room) || r.obj.isA($.exit)) {
  print(`Restored ${label}.`);
  return;
}
const owner = r.obj.owner;
if (owner.id !== player.id && valid(owner) && owner.isPlayer) {
  move(r.obj, owner);
  print(`Restored ${label} to ${owner.name}'s inventory.`);
  return;
}
move(r.obj, player);
print(`Restored ${label} to your inventory.`);
