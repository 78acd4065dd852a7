// @verb tell_contents --on $room --dspec this --ispec none:none
/**
 * tell_contents([viewer]): prints what is in the room, per content_list_type, then what rests on things (spec §9.6) (method).
 */
import type { MooValue } from "moo";
import { $, print, valid } from "moo";

const viewer = valid(args[0]) ? args[0] : player;
const su = $.string_utils;
const list = (xs: MooValue[]) => su.call("english_list", xs) as string;
if (this.get("dark")) {
  const lights = this.call("get_lights") as MooValue[];
  if (lights.length > 0) print(`The room is lit by ${list(lights)}.`);
}
const people: (typeof this)[] = [];
const things: (typeof this)[] = [];
// Surfaces: target id → { target, prep → items }.
type Obj = typeof this;
const surfaces = new Map<number, { target: Obj; byPrep: Map<string, Obj[]> }>();
for (const item of this.contents) {
  if (item.id === viewer.id) continue;
  if (this.call("hide_from_contents", item)) continue;
  if (item.isPlayer) {
    people.push(item);
    continue;
  }
  if (!item.obvious) continue;
  const placed = item.placement;
  if (placed !== null) {
    const { prep, target } = placed;
    if (prep === "under" || prep === "behind") continue;
    let s = surfaces.get(target.id);
    if (!s) {
      s = { target, byPrep: new Map() };
      surfaces.set(target.id, s);
    }
    const l = s.byPrep.get(prep) ?? [];
    l.push(item);
    s.byPrep.set(prep, l);
    continue;
  }
  things.push(item);
}
const type = this.has("content_list_type") ? this.get("content_list_type") : 3;
const names = (xs: (typeof this)[]) => xs.map((x) => String(x.call("title")));
if (type === 3) {
  if (things.length > 0) print(`You see ${list(things)} here.`);
  if (people.length === 1) print(`${names(people)[0]} is here.`);
  else if (people.length > 1) print(`${list(people)} are here.`);
} else if (type === 2) {
  const all = [...people, ...things];
  if (all.length > 0) print(`You see ${list(all)} here.`);
} else if (type === 1) {
  for (const p of names(people)) print(`${p} is here`);
  for (const t of things) print(`You see ${su.call("article", t.call("title"))} here`);
} else if (type === 0) {
  if (people.length + things.length > 0) {
    print("Contents:");
    for (const x of names([...people, ...things])) print(`  ${x}`);
  }
}
const shown = (prep: string) => (prep === "before" ? "in front of" : prep);
const sorted = [...surfaces.values()].sort((a, b) => String(a.target.name).localeCompare(String(b.target.name)));
for (const s of sorted) {
  for (const [prep, items] of s.byPrep) print(`You see ${list(items)} ${shown(prep)} the ${s.target.call("title")}.`);
}
this.call("tell_contents_extra", viewer);
