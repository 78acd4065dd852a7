// @verb huh --on $room --dspec either --ispec any:any
/**
 * huh: handles commands no verb understood: exits by name or alias, `@<name> <obj> is <text>` to set a message, then the reason (method).
 */
import { $, isWizard, print, valid } from "moo";

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
    if (dobj.owner.id !== player.id && !isWizard(player)) {
      print("You don't own that.");
      return;
    }
    dobj.set(prop, iobjstr);
    print(`Message '${prop}' set.`);
    return;
  }
}
// A direct object that was typed but is not here, for a verb that exists: say which.
if (dobjstr !== "" && !valid(dobj)) {
  const holders = [player, this, ...player.contents, ...this.contents.filter((o) => !o.isPlayer)];
  const classes = ["thing", "container", "note", "book", "bulletin_board", "furniture", "flashlight"];
  for (const c of classes) {
    const o = $[c];
    if (valid(o)) holders.push(o as typeof this);
  }
  if (holders.some((o) => o.hasVerb(typed))) {
    print(dobj.id === -2 ? `I don't know which "${dobjstr}" you mean.` : `There is no "${dobjstr}" here.`);
    return;
  }
}
print("Huh? I don't understand that command.");
