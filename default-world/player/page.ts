// @verb page --on $player --dspec any --ispec with:any
/**
 * page <player> [with <message>]: lets someone anywhere know you are looking for them, optionally with a message.
 */
import { $, print, valid } from "moo";

const target = $.match_utils.call("match_player", dobjstr);
if (Array.isArray(target)) {
  print(`I don't know which "${dobjstr}" you mean.`);
  return;
}
if (!valid(target)) {
  print(`There is no player called "${dobjstr}".`);
  return;
}
const who = target as typeof this;
const sub = (t: string, about: typeof this) => $.string_utils.call("pronoun_sub", t, about) as string;
if (!who.call("is_connected")) {
  print(sub(String(who.get("page_absent_msg")), who));
  return;
}
who.call("tell", sub(String(player.get("page_origin_msg")), player), "page");
if (prep === "with" && iobjstr !== "") {
  const msg = argstr.slice(argstr.search(/\swith\s/) + 6).trim().replace(/^"(.*)"$/s, "$1");
  who.call("tell", `${player.name} pages, "${msg}"`, "page");
}
print(sub(String(player.get("page_echo_msg")), player));
