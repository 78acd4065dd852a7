// @verb p*ost --on $bulletin_board --dspec none --ispec on:this
/**
 * post on <board> [under <topic>] with "<text>": pins a note on the board (under a topic, it replaces that topic's note).
 */
import { $, print } from "moo";

const a = $.string_utils.call("topic_args", argstr) as { topic: string; text: string };
if (a.text === "") {
  print('Usage: post on <board> [under <topic>] with "<text>"');
  return;
}
if (a.topic !== "") {
  this.set("topics", { ...((this.get("topics") ?? {}) as Record<string, string>), [a.topic]: `${player.name}: ${a.text}` });
  print(`You post under "${a.topic}" on ${this.call("title")}.`);
} else {
  this.set("entries", [...((this.get("entries") ?? []) as string[]), `${player.name}: ${a.text}`]);
  print(`You post on ${this.call("title")}.`);
}
player.location.call("announce", `${player.name} posts something on ${this.call("title")}.`);
