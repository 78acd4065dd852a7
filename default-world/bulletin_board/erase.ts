// @verb er*ase --on $bulletin_board --dspec this --ispec any:any
/**
 * erase <board> [under <topic>]: wipes the board (or one topic) clean (its owner or a wizard).
 */
import { $, isWizard, print } from "moo";

if (this.owner.id !== player.id && !isWizard(player)) {
  print(`You can't erase ${this.call("title")}: it isn't yours.`);
  return;
}
const a = $.string_utils.call("topic_args", argstr) as { topic: string };
if (a.topic !== "") {
  const topics = { ...((this.get("topics") ?? {}) as Record<string, string>) };
  if (!(a.topic in topics)) {
    print(`Nothing is posted under "${a.topic}".`);
    return;
  }
  delete topics[a.topic];
  this.set("topics", topics);
  print(`You erase "${a.topic}" from ${this.call("title")}.`);
  return;
}
this.set("entries", []);
this.set("topics", {});
print(`You wipe ${this.call("title")} clean.`);
