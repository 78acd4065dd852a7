// @verb @keys --on $player --dspec either --ispec any:any
/**
 * @keys: lists the SSH public keys that can log in to your account.
 */
import { account, isWizard, lookup, setTaskPerms, UserError } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

let target = player;
if (argstr.trim() !== "") {
  if (!isWizard(player)) throw new UserError("You can only list your own keys.");
  target = lookup(argstr.trim());
}
account({ op: "keys", player: target }, { obj: player, verb: "keys_done", args: ["list"] });
