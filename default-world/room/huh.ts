// @verb huh --on $room --dspec either --ispec any:any
/**
 * huh: handles commands no verb understood: exits by name or alias, then "Huh? I don't understand that command." (method).
 */
import { $, print, valid } from "moo";

const typed = String(args[0] ?? verb);
if (dobjstr === "" && iobjstr === "") {
  const word = $.string_utils.call("expand_direction", typed) as string;
  const ex = this.call("match_exit", word);
  if (Array.isArray(ex)) {
    print(`I don't know which '${typed}' you mean.`);
    return;
  }
  if (valid(ex)) {
    (ex as typeof this).call("invoke", player);
    return;
  }
}
if (typed.startsWith("@") && valid(dobj) && prep === "is") {
  const prop = `${typed.slice(1)}_msg`;
  if (dobj.has(prop)) {
    dobj.set(prop, iobjstr);
    print(`Message '${prop}' set.`);
    return;
  }
}
print("Huh? I don't understand that command.");
