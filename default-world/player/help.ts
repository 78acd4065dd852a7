// @verb help ? --on $player --dspec either --ispec any:any
/**
 * help [<command>]: lists the commands you can use here, or explains one.
 */
import { print, setTaskPerms, valid } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

type Info = {
  names: string[];
  doc: string;
  executable: boolean;
  dspec: string;
  ispecs: { prep: string; spec: string }[];
};
const topic = argstr.trim().toLowerCase();
// Verbs on you, what you carry and your room apply to any command; things in the room only
// when the command names them (their verbs that take `this`).
const places: { obj: typeof player; named: boolean }[] = [player, ...player.contents].map((obj) => ({ obj, named: false }));
if (valid(player.location)) {
  places.push({ obj: player.location, named: false });
  for (const x of player.location.contents) if (x.id !== player.id) places.push({ obj: x, named: true });
}
const seen = new Set<string>();
const entries: { name: string; line: string; doc: string }[] = [];
for (const place of places) {
  let verbs: Info[];
  try {
    verbs = place.obj.verbs(true) as Info[];
  } catch {
    continue;
  }
  for (const v of verbs) {
    const first = v.doc.split("\n")[0] ?? "";
    if (!v.executable || first === "" || /\(method\)\.?\s*$/.test(first)) continue;
    if (place.named && v.dspec !== "this" && !v.ispecs.some((p) => p.spec === "this")) continue;
    const name = v.names[0].replace("*", "");
    if (seen.has(name)) continue;
    seen.add(name);
    entries.push({ name, line: first, doc: v.doc });
  }
}
if (topic !== "") {
  const hit = entries.find((e) => e.name.toLowerCase() === topic || e.name.toLowerCase() === `@${topic}`);
  if (!hit) {
    print(`There is no help for "${topic}". Type "help" for the list of commands.`);
    return;
  }
  for (const l of hit.doc.split("\n")) print(l);
  return;
}
entries.sort((a, b) => a.name.replace(/^@/, "").localeCompare(b.name.replace(/^@/, "")));
print("Commands you can use here (help <command> for more):");
for (const e of entries) print(`  ${e.line}`);
