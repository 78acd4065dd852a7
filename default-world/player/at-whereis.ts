// @verb @whereis whereis --on $player --dspec either --ispec none:none
/**
 * @whereis [<player> ...]: where those players are (everyone connected, without a name).
 */
import { $, players, print, valid } from "moo";

const found: (typeof this)[] = [];
if (words.length === 0) found.push(...players().filter((p) => p.call("is_connected")));
for (const w of words) {
  const p = $.match_utils.call("match_player", w);
  if (Array.isArray(p)) print(`I don't know which "${w}" you mean.`);
  else if (!valid(p)) print(`There is no player called "${w}".`);
  else found.push(p as typeof this);
}
if (found.length === 0) return;
print("Found the following players:");
for (const p of found) print(`  ${$.string_utils.call("pronoun_sub", String(p.get("whereis_location_msg")), p)}`);
