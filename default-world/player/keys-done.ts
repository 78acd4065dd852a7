// @verb keys_done --on $player --dspec this --ispec none:none
/**
 * keys_done(result, what): reports the result of @keys, @add-key or @remove-key (method).
 */
import { print, setTaskPerms } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

type Key = { index?: number; type: string; fingerprint: string; comment: string };
const [result, what] = args as [{ ok: boolean; error?: string; keys?: Key[]; key?: Key }, string];
if (!result.ok) {
  print(result.error ?? "That did not work.");
  return;
}
if (what === "list") {
  const keys = result.keys ?? [];
  if (keys.length === 0) {
    print("No SSH keys. Add one with @add-key <public key>.");
    return;
  }
  print("SSH keys:");
  for (const k of keys) print(`  ${k.index}. [${k.type}] ${k.fingerprint}  ${k.comment}`);
} else if (what === "add") {
  const k = result.key as Key;
  print(`Added SSH key: [${k.type}] ${k.fingerprint}  ${k.comment}`);
} else {
  const k = result.key as Key;
  print(`Removed SSH key: [${k.type}] ${k.fingerprint}  ${k.comment}`);
}
