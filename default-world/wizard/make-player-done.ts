// @verb make_player_done --on $wizard --dspec this --ispec none:none
/**
 * make_player_done(result, avatar, password): reports the new account of @make-player, or removes the avatar if the account failed (method).
 */
import { print, recycle, setTaskPerms } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const [result, avatar, password] = args as [{ ok: boolean; login?: string; error?: string }, typeof player, string | null];
if (!result.ok) {
  recycle(avatar);
  print(`No player was made: ${result.error}`);
  return;
}
print(`Player ${avatar.name} (#${avatar.id}) created. Login: ${result.login}`);
if (password !== null) print(`Password: ${password}   (shown once; they can change it with @password)`);
