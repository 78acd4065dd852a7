// @verb @add-key --on $player --dspec either --ispec any:any
/**
 * @add-key <public key>: lets an SSH key (e.g. "ssh-ed25519 AAAA… you@laptop") log in to your account.
 */
import { account, print, setTaskPerms } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const key = argstr.trim().replace(/^"(.*)"$/s, "$1");
if (key === "") {
  print("Usage: @add-key <public key>   (the one line from ~/.ssh/id_ed25519.pub)");
  return;
}
account({ op: "addKey", player, key }, { obj: player, verb: "keys_done", args: ["add"] });
