// @verb exam*ine --on $root_class --dspec any
/**
 * examine <obj>: shows an object's owner, parents, aliases, description, contents and verbs.
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
if (obj.id !== this.id) {
  // Found on the player or the room but aimed elsewhere: examine the named object.
  if (obj.hasVerb("examine_details")) obj.call("examine_details");
  else this.call("examine_details");
  return;
}
this.call("examine_details");
