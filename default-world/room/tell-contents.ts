// @verb tell_contents --on $room --dspec this --ispec none:none
/**
 * tell_contents([viewer]): prints what is in the room, per content_list_type (spec §9.6) (method).
 */
import { $, print, valid } from "moo";

const viewer = valid(args[0]) ? args[0] : player;
const su = $.string_utils;
const people: string[] = [];
const things: string[] = [];
for (const item of this.contents) {
  if (item.id === viewer.id) continue;
  if (item.isPlayer) people.push(item.name);
  else if (item.has("obvious") ? item.get("obvious") : true) {
    if (this.hasVerb("hide_from_contents") && this.call("hide_from_contents", item)) continue;
    if (item.isA($.exit)) continue;
    things.push(su.call("article", item.name) as string);
  }
}
const type = this.has("content_list_type") ? this.get("content_list_type") : 3;
const list = (xs: string[]) => su.call("english_list", xs) as string;
if (type === 3) {
  if (things.length > 0) print(`You see ${list(things)} here.`);
  if (people.length === 1) print(`${people[0]} is here.`);
  else if (people.length > 1) print(`${list(people)} are here.`);
} else if (type === 2) {
  const all = [...people, ...things];
  if (all.length > 0) print(`You see ${list(all)} here.`);
} else if (type === 1) {
  for (const p of people) print(`${p} is here`);
  for (const t of things) print(`You see ${t} here`);
} else if (type === 0) {
  if (people.length + things.length > 0) {
    print("Contents:");
    for (const x of [...people, ...things]) print(`  ${x}`);
  }
}
if (this.hasVerb("tell_contents_extra")) this.call("tell_contents_extra", viewer);
