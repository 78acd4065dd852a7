// @verb @messages --on $player --dspec any --ispec none:none
/**
 * @messages <obj>: lists the object's messages (the *_msg properties), which you set with @<name> <obj> is <text>.
 */
import { lookup, print, valid } from "moo";

let obj = dobj;
if (!valid(obj)) {
  try {
    obj = lookup(dobjstr);
  } catch {
    print(`There is no "${dobjstr}" here.`);
    return;
  }
}
// The SDK cannot list properties yet: look for the message names the default world's classes define.
const known = [
  "take_succeeded_msg", "otake_succeeded_msg", "take_failed_msg", "otake_failed_msg",
  "drop_succeeded_msg", "odrop_succeeded_msg", "drop_failed_msg", "odrop_failed_msg",
  "nogo_msg", "onogo_msg", "arrive_msg", "oarrive_msg", "leave_msg", "oleave_msg",
  "sit_succeeded_msg", "osit_succeeded_msg", "sit_failed_msg",
  "stand_succeeded_msg", "ostand_succeeded_msg", "stand_failed_msg",
  "page_absent_msg", "page_origin_msg", "page_echo_msg", "whereis_location_msg", "who_location_msg",
];
const extra = obj.has("messages") && Array.isArray(obj.get("messages")) ? (obj.get("messages") as string[]) : [];
const names = [...known, ...extra].filter((n) => obj.has(n));
if (names.length === 0) {
  print(`${obj.name} (#${obj.id}) has no messages.`);
  return;
}
print(`Messages on ${obj.name} (#${obj.id}):`);
for (const n of names) print(`  @${n.slice(0, -4)} ${obj.name} is ${JSON.stringify(obj.get(n))}`);
