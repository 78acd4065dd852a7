// @verb @npc --on $wizard --dspec either --ispec any:any
/**
 * @npc create <name> [from <parent>] | destinations <npc> <room>...: makes an NPC here (from $npc or one of its descendants, such as $wanderer) or sets the rooms a wanderer wanders between (#N, $name or room names; none: it stays put).
 */
import { $, create, isWizard, lookup, print, setTaskPerms, UserError, valid } from "moo";

if (!isWizard(player)) throw new UserError("Only wizards can do that.");
// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);
const usage = "Usage: @npc create <name> [from <parent>] | @npc destinations <npc> <room>...";
const text = argstr.trim();
const sub = (/^\S+/.exec(text)?.[0] ?? "").toLowerCase();
const rest = text.slice(sub.length).trim();

const find = (typed: string): typeof this | null => {
  try {
    return lookup(typed);
  } catch {
    return $.match_utils.call("resolve", null, typed) as typeof this | null;
  }
};

if (sub === "create") {
  const m = /^(.+?)(?:\s+from\s+(\S+))?$/i.exec(rest);
  const name = (m?.[1] ?? "").replace(/^"(.*)"$/, "$1").trim();
  if (name === "") {
    print(usage);
    return;
  }
  let parent = $.npc;
  if (m?.[2]) {
    const p = find(m[2]);
    if (!p) return;
    if (!p.isA($.npc)) throw new UserError(`${p.name} (#${p.id}) is not an NPC class (a descendant of $npc).`);
    parent = p;
  }
  const npc = create(name, { parents: [parent], location: player.location });
  print(`Created ${npc.name} (#${npc.id}), a ${parent.name}, in ${player.location.name}.`);
  return;
}
if (sub === "destinations") {
  const [who = "", ...rooms] = rest.split(/\s+/).filter((w) => w !== "");
  if (who === "") {
    print(usage);
    return;
  }
  const npc = find(who);
  if (!npc) return;
  if (!npc.isA($.npc)) throw new UserError(`${npc.name} (#${npc.id}) is not an NPC.`);
  const found: (typeof this)[] = [];
  for (const r of rooms) {
    const room = find(r);
    if (!room) return;
    if (!room.isA($.room)) throw new UserError(`${room.name} (#${room.id}) is not a room.`);
    if (!found.includes(room)) found.push(room);
  }
  npc.set("wander_rooms", found);
  print(
    found.length === 0
      ? `${npc.name} will stay put.`
      : `${npc.name} will wander between ${found.map((r) => `${r.name} (#${r.id})`).join(", ")}.`,
  );
  return;
}
print(usage);
