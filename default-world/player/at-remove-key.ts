// @verb @remove-key --on $player --dspec either --ispec any:any
/**
 * @remove-key <number>: removes one of your SSH keys (numbers as listed by @keys).
 */
import { account, print, setTaskPerms } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const n = Number(argstr.trim());
if (!Number.isInteger(n) || n < 1) {
  print("Usage: @remove-key <number>   (see @keys)");
  return;
}
account({ op: "removeKey", player, index: n }, { obj: player, verb: "keys_done", args: ["remove"] });
