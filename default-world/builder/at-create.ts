// @verb @create make --on $builder --dspec either --ispec from:any --ispec in:any
/**
 * @create <name>[,alias,...] [from <parent>] [in <place>|in void]: makes a new object you own (a Generic Thing unless you name a parent), in your inventory unless you say where.
 */
import { $, create, lookup, print, setTaskPerms, valid } from "moo";

// Phrases in any order: "from <parent>" and "in <place>" (the parser only resolves the first one).
const m = /^(.*?)(?:\s+(?:from|out of)\s+(.+?))?(?:\s+(?:in|into|inside)\s+(.+?))?$/i.exec(argstr.trim()) ?? [];
const spec = (m[1] ?? "").trim().replace(/^"(.*)"$/, "$1");
const [name, ...aliases] = spec.split(",").map((s) => s.trim());
if (!name) {
  print("Usage: @create <name> [from <parent>] [in <place>]");
  return;
}
const find = (s: string) => {
  const t = s.trim().replace(/^"(.*)"$/, "$1");
  try {
    return lookup(t);
  } catch {
    return null;
  }
};
let parent = $.thing;
if (m[2]) {
  const p = find(m[2]);
  if (!valid(p)) {
    print(`I don't know the parent '${m[2].trim()}'.`);
    return;
  }
  parent = p;
}
let where: typeof this | null = player;
if (m[3]) {
  if (m[3].trim().toLowerCase() === "void") where = null;
  else {
    const w = find(m[3]);
    if (!valid(w)) {
      print(`There is no "${m[3].trim()}" here.`);
      return;
    }
    where = w;
  }
}
let obj: typeof this;
try {
  setTaskPerms(player);
  obj = create(name, { parents: [parent], owner: player, location: where });
} catch (e) {
  print((e as Error).message);
  return;
}
if (aliases.length > 0) obj.setAliases(aliases.filter((a) => a !== ""));
obj.setObvious(true);
const place = !valid(where)
  ? "the void"
  : where.id === player.id
    ? "your inventory"
    : `${where.name} (#${where.id})`;
print(`Created #${obj.id} (${obj.name}) in ${place}.`);
