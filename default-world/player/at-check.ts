// @verb @check --on $player --dspec either --ispec none:none
/**
 * @check [n] [name|!name ...]: with @paranoid 1, shows who sent your last n messages (name: only theirs; !name: all but theirs).
 */
import { print, valid } from "moo";

const log = ((player.get("responsible") ?? []) as unknown[][]).filter((e) => Array.isArray(e));
if (Number(player.get("paranoid") ?? 0) !== 1 && log.length === 0) {
  print("You are not recording messages; type @paranoid 1 first.");
  return;
}
let n = log.length;
const only: string[] = [];
const not: string[] = [];
for (const w of words) {
  if (/^\d+$/.test(w)) n = Number(w);
  else if (w.startsWith("!")) not.push(w.slice(1).toLowerCase());
  else only.push(w.toLowerCase());
}
const nameOf = (o: unknown) => (valid(o) ? (o as typeof this).name : "(gone)");
const rows = log.slice(-n).filter(([who]) => {
  const name = nameOf(who).toLowerCase();
  if (not.some((x) => name.startsWith(x))) return false;
  return only.length === 0 || only.some((x) => name.startsWith(x));
});
if (rows.length === 0) {
  print("No messages to check.");
  return;
}
for (const [who, via, text] of rows) {
  const through = valid(via) && (via as typeof this).id !== (who as typeof this)?.id ? ` via ${nameOf(via)} (#${(via as typeof this).id})` : "";
  print(`${nameOf(who)} (#${valid(who) ? (who as typeof this).id : -1})${through}: ${text}`);
}
