// @verb wr*ite --on $book --dspec none --ispec in:this
/**
 * write in <book> [under <topic>] with "[#N: ]<text>": adds a line about a room (#N, or where you are) to the book, signed with your name.
 */
import { $, print, valid } from "moo";

const a = $.string_utils.call("topic_args", argstr) as { topic: string; text: string };
if (a.text === "") {
  print('Usage: write in <book> [under <topic>] with "[#N: ]<text>"');
  return;
}
const m = /^#(\d+)\s*:\s*(.*)$/s.exec(a.text);
const room = m ? `#${m[1]}` : valid(player.location) ? `#${player.location.id}` : "#-1";
const text = m ? m[2] : a.text;
const key = a.topic !== "" ? `${a.topic}:${room}` : room;
const notes = { ...((this.get("notes") ?? {}) as Record<string, string[]>) };
notes[key] = [...(notes[key] ?? []), `[${player.name}] ${text}`];
this.set("notes", notes);
print(`You write in ${this.call("title")}${a.topic !== "" ? ` under "${a.topic}"` : ""} about ${room}.`);
