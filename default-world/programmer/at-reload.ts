// @verb @reload --on $programmer --dspec either --ispec any:any
/**
 * @reload <verb> on <obj> | @reload <obj> | @reload all: re-reads default-world verbs from their files (only verbs you may edit; all: wizards).
 */
import { $, isWizard, print, reloadVerbs, roles, setTaskPerms } from "moo";
import type { MooObject, ReloadResult } from "moo";

if (!roles(player).programmer) {
  print("Only programmers can reload verbs.");
  return;
}
if (argstr.trim() === "" || (prep !== "" && prep !== "on")) {
  print("Usage: @reload <verb> on <obj>   or   @reload <obj>   or   @reload all");
  return;
}
setTaskPerms(player);
const show = (r: ReloadResult) => {
  const where = r.obj.id >= 0 ? ` on #${r.obj.id}` : "";
  return `${r.verb}${where} (${r.file}): ${r.status}${r.message ? ` (${r.message})` : ""}`;
};
let results: ReloadResult[];
try {
  if (prep === "on") {
    const obj = $.match_utils.call("resolve", iobj, iobjstr) as MooObject | null;
    if (!obj) return;
    results = reloadVerbs(obj, dobjstr.trim());
  } else if (dobjstr.trim().toLowerCase() === "all") {
    if (!isWizard(player)) {
      print("Only wizards can reload every verb (the default world's verbs are theirs).");
      return;
    }
    results = reloadVerbs(null);
  } else {
    const obj = $.match_utils.call("resolve", dobj, dobjstr) as MooObject | null;
    if (!obj) return;
    results = reloadVerbs(obj);
  }
} catch (e) {
  print((e as Error).message);
  return;
}
if (results.length === 0) {
  print("No default-world verb files belong there.");
  return;
}
const changed = results.filter((r) => r.status !== "unchanged");
const shown = 20;
for (const r of changed.slice(0, shown)) print(show(r));
if (changed.length > shown) print(`... and ${changed.length - shown} more.`);
const count = (s: string) => results.filter((r) => r.status === s).length;
print(`Reloaded: ${count("updated")} updated, ${count("added")} added, ${count("unchanged")} unchanged, ${count("failed")} failed.`);
