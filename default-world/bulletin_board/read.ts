// @verb r*ead --on $bulletin_board --dspec this --ispec any:any
/**
 * read <board> [under <topic>]: what is pinned on the board.
 */
import { $, print } from "moo";

const a = $.string_utils.call("topic_args", argstr) as { topic: string };
const topics = (this.get("topics") ?? {}) as Record<string, string>;
if (a.topic !== "") {
  const v = topics[a.topic];
  print(v === undefined ? `Nothing is posted under "${a.topic}".` : `[${a.topic}] ${v}`);
  return;
}
const entries = (this.get("entries") ?? []) as string[];
const names = Object.keys(topics).sort();
if (entries.length === 0 && names.length === 0) {
  print("The board is blank.");
  return;
}
entries.forEach((e, i) => print(`${i + 1}. ${e}`));
for (const t of names) print(`[${t}] ${topics[t]}`);
