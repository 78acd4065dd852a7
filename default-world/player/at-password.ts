// @verb @password --on $player --dspec either --ispec any:any
/**
 * @password: changes your password (you are asked for the old one, then the new one twice).
 */
import { isWizard, lookup, print, promptInput, setTaskPerms, UserError } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

let target = player;
if (argstr.trim() !== "") {
  if (!isWizard(player)) throw new UserError("You can only change your own password: type @password alone.");
  target = lookup(argstr.trim());
  if (!target.isPlayer) throw new UserError(`${target.name} is not a player.`);
}
const step = target.id === player.id ? "old" : "new";
promptInput({
  prompt: step === "old" ? "Old password: " : `New password for ${target.name}: `,
  password: true,
  callback: { obj: player, verb: "password_input" },
  args: [step, target, ""],
});
