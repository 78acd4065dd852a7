// @verb @gender --on $player --dspec either --ispec none:none
/**
 * @gender [neuter|male|female|plural]: shows or sets your gender (and so your pronouns).
 */
import { $, print } from "moo";

const gu = $.gender_utils;
if (dobjstr === "") {
  print(`Your gender is currently ${player.get("gender")}.`);
  print(`Your pronouns: ${["ps", "po", "pp", "pr", "pq"].map((p) => player.get(p)).join("/")}`);
  print(`Available genders: ${(gu.get("genders") as string[]).join(", ")}.`);
  return;
}
const g = gu.call("set", player, dobjstr);
if (g === null) {
  print(`Gender must be one of: ${(gu.get("genders") as string[]).join(", ")}.`);
  return;
}
print(`Gender set to ${g}, and pronouns updated.`);
