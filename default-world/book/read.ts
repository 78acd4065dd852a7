// @verb r*ead --on $book --dspec this --ispec any:any
/**
 * read <book> [under <topic>] [from #N]: the book's index, or everything written about a room.
 */
import { $, print } from "moo";

const a = $.string_utils.call("topic_args", argstr) as { topic: string; from: string };
const notes = (this.get("notes") ?? {}) as Record<string, string[]>;
const keys = Object.keys(notes).filter((k) => (a.topic === "" ? !k.includes(":") : k.startsWith(`${a.topic}:`)));
if (a.from !== "") {
  const key = a.topic !== "" ? `${a.topic}:${a.from}` : a.from;
  const lines = notes[key];
  if (!lines || lines.length === 0) {
    print(`Nothing is written about ${a.from}${a.topic !== "" ? ` under "${a.topic}"` : ""}.`);
    return;
  }
  print(`${a.topic !== "" ? `[${a.topic}] ` : ""}${a.from}:`);
  for (const l of lines) print(`  ${l}`);
  return;
}
if (keys.length === 0) {
  print(a.topic !== "" ? `Nothing is written under "${a.topic}".` : "The book is empty.");
  return;
}
for (const k of keys.sort()) {
  const room = k.includes(":") ? k.slice(k.indexOf(":") + 1) : k;
  const first = (notes[k] ?? []).join(" ");
  print(`${room}: ${first.length > 70 ? `${first.slice(0, 67)}...` : first}`);
}
