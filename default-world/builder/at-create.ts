// @verb @create make --on $builder --dspec any --ispec from:any
/**
 * @create <name> [from <parent>]: makes a new object (a Generic Thing unless you name a parent) in your inventory.
 */
import { $, create, lookup, print, valid } from "moo";

const name = dobjstr.trim().replace(/^"(.*)"$/, "$1");
if (name === "") {
  print('Usage: @create <name> [from <parent>]');
  return;
}
let parent = $.thing;
if (prep === "from" && iobjstr !== "") {
  try {
    parent = valid(iobj) ? iobj : lookup(iobjstr);
  } catch {
    print(`I don't know the parent '${iobjstr}'.`);
    return;
  }
}
const obj = create(name, { parents: [parent], owner: player, location: player });
print(`Created #${obj.id} (${obj.name}) in your inventory.`);
