// @verb @listgag listgag --on $player --dspec none --ispec none:none
/**
 * @listgag: shows who you are gagging.
 */
import { $, print, valid } from "moo";

const all = [...((player.get("gaglist") ?? []) as unknown[]), ...((player.get("object_gaglist") ?? []) as unknown[])];
const names = all.filter((g) => valid(g)).map((g) => (g as typeof this).name);
if (names.length === 0) print("You are not gagging anyone.");
else print(`You are gagging ${$.string_utils.call("english_list", names)}.`);
