// @verb @move --on $builder --dspec any --ispec at:any
/**
 * @move <obj> to <place> · @move <obj> here: moves something you may move (or yourself) somewhere else.
 */
import { $, print, setTaskPerms, valid } from "moo";

const mu = $.match_utils;
let what: typeof this | null;
let dest: typeof this | null;
const here = /^(.*\S)\s+here$/i.exec(dobjstr);
if (prep === "" && here) {
  what = mu.call("resolve", null, here[1]) as typeof this | null;
  dest = player.location;
} else if (prep === "at") {
  what = mu.call("resolve", dobj, dobjstr) as typeof this | null;
  if (!what) return;
  dest = iobjstr.trim().toLowerCase() === "here" ? player.location : (mu.call("resolve", iobj, iobjstr) as typeof this | null);
} else {
  print("Usage: @move <obj> to <place>");
  return;
}
if (!what || !dest) return;
const from = what.location;
if (dest.id === from.id) {
  print(`${what.name} (#${what.id}) is already there.`);
  return;
}
try {
  setTaskPerms(player);
  what.moveTo(dest);
} catch (e) {
  print((e as Error).message);
  return;
}
if (what.isPlayer) {
  if (valid(from) && from.hasVerb("announce_all_but")) {
    from.call("announce_all_but", [what], `${what.name} disappears suddenly for parts unknown.`);
  }
  if (dest.hasVerb("announce_all_but")) {
    dest.call("announce_all_but", [what], `${what.name} materializes out of thin air.`);
  }
  if (what.id !== player.id) what.call("tell", `You have been moved to ${dest.name} by ${player.name}.`);
  if (what.id === player.id && dest.isA($.room)) dest.call("look_self", what);
}
print(`Moved ${what.name} (#${what.id}) to ${dest.name} (#${dest.id}).`);
