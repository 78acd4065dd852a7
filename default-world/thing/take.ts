// @verb take get --on $thing --dspec this --ispec from:any
/**
 * take <thing>: picks something up.
 */
import { announce, move, print } from "moo";

if (this.location?.id === player.id) {
  print(`You already have ${this.name} in your inventory.`);
  return;
}
if (this.isPlayer || !player.call("accept", this)) {
  print(this.call("msg", "take_failed_msg") as string);
  const o = this.call("msg", "otake_failed_msg") as string;
  if (o !== "") announce(o);
  return;
}
move(this, player);
print(this.call("msg", "take_succeeded_msg") as string);
const o = this.call("msg", "otake_succeeded_msg") as string;
if (o !== "") announce(o);
