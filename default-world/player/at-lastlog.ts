// @verb @lastlog lastlog --on $player --dspec either --ispec none:none
/**
 * @lastlog [<player>]: when players were last connected (now, or their last connect or disconnect), newest first.
 */
import { $, connectedPlayers, players, print, valid } from "moo";
import type { MooObject } from "moo";

let who: MooObject[] = players();
if (dobjstr !== "") {
  const p = $.match_utils.call("match_player", dobjstr);
  if (!valid(p)) {
    print(`There is no player called "${dobjstr}".`);
    return;
  }
  who = [p];
}
const online = new Set(connectedPlayers().map((p) => p.id));
const last = (p: MooObject): number => {
  const times = ["last_connect_time", "last_connected_time"].map((n) => (p.has(n) ? Number(p.get(n) ?? 0) : 0));
  return Math.max(0, ...times.filter((t) => Number.isFinite(t)));
};
const now = Date.now();
const groups: [string, MooObject[]][] = [
  ["Connected now", []],
  ["In the last day", []],
  ["In the last week", []],
  ["In the last month", []],
  ["Longer ago", []],
  ["Never", []],
];
const rows = who.map((p) => ({ p, t: last(p) })).sort((a, b) => b.t - a.t);
for (const { p, t } of rows) {
  const age = now - t;
  const i = online.has(p.id) ? 0 : t === 0 ? 5 : age < 864e5 ? 1 : age < 7 * 864e5 ? 2 : age < 30 * 864e5 ? 3 : 4;
  groups[i][1].push(p);
}
const stamp = (p: MooObject) => {
  const t = last(p);
  return t === 0 ? "" : `  ${new Date(t).toISOString().slice(0, 16).replace("T", " ")} UTC`;
};
for (const [title, ps] of groups) {
  if (ps.length === 0) continue;
  print(`${title}:`);
  for (const p of ps) print(`  ${p.name} (#${p.id})${online.has(p.id) ? "" : stamp(p)}`);
}
