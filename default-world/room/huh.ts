// @verb huh --on $room --dspec either --ispec any:any
/**
 * huh: handles commands no verb understood: exits by name or alias, `@<name> <obj> is <text>` to set a message, then the reason (a missing or unwanted direct object, an object not here) (method).
 */
import { $, isWizard, print, valid } from "moo";
import type { VerbInfo } from "moo";

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
// Where a verb of that name could be: on you, what you carry, the room, things here, their classes.
const holders = [player, this, ...player.contents, ...this.contents.filter((o) => !o.isPlayer)];
const classes = ["thing", "container", "note", "book", "bulletin_board", "furniture", "flashlight"];
for (const c of classes) {
  const o = $[c];
  if (valid(o)) holders.push(o as typeof this);
}
// explain: the verb exists but was typed without the object it needs, or with one it doesn't take.
const found: VerbInfo[] = [];
for (const o of holders) {
  const v = o.hasVerb(typed) ? o.findVerb(typed) : null;
  if (v?.executable) found.push(v);
}
if (found.length > 0) {
  if (dobjstr === "" && found.every((v) => v.dspec === "any" || v.dspec === "this")) {
    print(`The verb "${typed}" requires a direct object.`);
    // The usage from the doc comment, when every verb of that name agrees on it (`take` differs for players and things).
    const usages = new Set(found.map((v) => (v.doc.split("\n")[0] ?? "").split(": ")[0]));
    const usage = [...usages][0] ?? "";
    if (usages.size === 1 && usage !== "" && !/\(method\)\.?\s*$/.test(found[0].doc)) print(`Usage: ${usage}`);
    return;
  }
  if (dobjstr !== "" && found.every((v) => v.dspec === "none")) {
    print(`The verb "${typed}" doesn't take a direct object.`);
    return;
  }
}
// A direct object that was typed but is not here, for a verb that exists: say which.
if (dobjstr !== "" && !valid(dobj)) {
  if (holders.some((o) => o.hasVerb(typed))) {
    print(dobj.id === -2 ? `I don't know which "${dobjstr}" you mean.` : `There is no "${dobjstr}" here.`);
    return;
  }
}
print("Huh? I don't understand that command.");
