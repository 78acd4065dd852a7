// @verb take get --on $thing --dspec this --ispec from:any
/**
 * take <thing> [from <where it rests>]: picks something up (`take key from under rug` finds hidden things).
 */
import { print } from "moo";

const placed = this.placement;
const surfaces = ["on", "under", "behind", "before", "beside", "over"];
const named = prep === "from" || surfaces.includes(prep) ? iobj : null;
if (named !== null && named.id >= 0) {
  const wanted = prep === "from" ? null : prep;
  if (placed === null || placed.target.id !== named.id || (wanted !== null && placed.prep !== wanted)) {
    const shown = (wanted ?? placed?.prep ?? "on").replace("before", "in front of");
    print(`${this.call("titlec")} isn't ${shown} the ${named.call("title")}.`);
    return;
  }
}
if (this.location.id === player.id) {
  print(`You already have ${this.call("title")} in your inventory.`);
  return;
}
if (this.location.isPlayer || this.isPlayer || !this.call("moveto", player)) {
  print(this.call("msg", "take_failed_msg") as string);
  player.location.call("announce", this.call("msg", "otake_failed_msg"));
  return;
}
print(this.call("msg", "take_succeeded_msg") as string);
player.location.call("announce", this.call("msg", "otake_succeeded_msg"));
if (player.hasVerb("on_player_action")) player.call("on_player_action", player, "take", { object: this });
