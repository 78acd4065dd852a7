// @verb take get --on $thing --dspec this --ispec from:any
/**
 * take <thing> [from <where it rests>]: picks something up (`take key from under rug` finds hidden things).
 */
import { print } from "moo";

const placed = this.call("placement") as [string, typeof this] | null;
const surfaces = ["on", "under", "behind", "before", "beside", "over"];
const named = prep === "from" || surfaces.includes(prep) ? iobj : null;
if (named !== null && named.id >= 0) {
  const wanted = prep === "from" ? null : prep;
  if (placed === null || placed[1].id !== named.id || (wanted !== null && placed[0] !== wanted)) {
    const shown = (wanted ?? placed?.[0] ?? "on").replace("before", "in front of");
    print(`${this.call("titlec")} isn't ${shown} the ${named.call("title")}.`);
    return;
  }
} else if (placed !== null && (placed[0] === "under" || placed[0] === "behind") && !words.includes("from")) {
  // Hidden things are only found when you say where from.
  print(`There is no "${dobjstr}" here.`);
  return;
}
if (this.location.id === player.id) {
  print(`You already have ${this.call("title")} in your inventory.`);
  return;
}
const held = this.location.isPlayer;
if (held || this.isPlayer || !this.call("moveto", player)) {
  print(this.call("msg", "take_failed_msg") as string);
  player.location.call("announce", this.call("msg", "otake_failed_msg"));
  return;
}
print(this.call("msg", "take_succeeded_msg") as string);
player.location.call("announce", this.call("msg", "otake_succeeded_msg"));
if (player.hasVerb("on_player_action")) player.call("on_player_action", player, "take", { object: this });
