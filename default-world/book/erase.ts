// @verb er*ase --on $book --dspec this --ispec any:any
/**
 * erase <book> under <topic> · erase <book> from #N: removes a topic, or what is written about a room (the book's owner or a wizard).
 */
import { $, isWizard, print } from "moo";

if (this.owner.id !== player.id && !isWizard(player)) {
  print(`You can't erase ${this.call("title")}: it isn't yours.`);
  return;
}
const a = $.string_utils.call("topic_args", argstr) as { topic: string; from: string };
const notes = { ...((this.get("notes") ?? {}) as Record<string, string[]>) };
let gone: string[];
if (a.from !== "") gone = [a.topic !== "" ? `${a.topic}:${a.from}` : a.from].filter((k) => k in notes);
else if (a.topic !== "") gone = Object.keys(notes).filter((k) => k.startsWith(`${a.topic}:`));
else {
  print("Usage: erase <book> under <topic> | erase <book> from #N");
  return;
}
if (gone.length === 0) {
  print("There is nothing like that to erase.");
  return;
}
for (const k of gone) delete notes[k];
this.set("notes", notes);
print(`Erased ${gone.length} ${gone.length === 1 ? "entry" : "entries"} from ${this.call("title")}.`);
