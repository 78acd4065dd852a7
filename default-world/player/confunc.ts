// @verb confunc --on $player --dspec this --ispec none:none
/**
 * confunc(): on connecting, a player with no location goes home; then they are shown the room and told about unread mail (method).
 */
import { $, mail, move, valid } from "moo";

if (this.id !== player.id) return;
player.set("last_connect_time", Date.now());
let here = player.location;
if (!valid(here)) {
  const h = player.get("home");
  here = valid(h) ? h : $.player_start;
  move(player, here);
}
if (here.hasVerb("look_self")) here.call("look_self", player);
// "You have N unread message(s)…" comes from mail_done once the count is known (after this commits).
mail({ op: "unread" }, { obj: player, verb: "mail_done", args: ["notice"] });
