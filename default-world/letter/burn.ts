// @verb burn --on $letter --dspec this --ispec none:none
/**
 * burn <letter>: destroys a letter you can read.
 */
import { print, recycle } from "moo";

const title = this.call("titlec") as string;
if (!this.call("is_readable_by", player)) {
  print(`${title} might be damp, in any case it won't burn.`);
  return;
}
print(`${title} burns with a smokeless flame, and leaves no ash.`);
player.location.call("announce", `${player.name} stares at ${this.call("title")} and it catches alight.`);
recycle(this);
