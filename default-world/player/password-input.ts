// @verb password_input --on $player --dspec this --ispec none:none
/**
 * password_input(answer, step, target, old, new): the prompts of @password, one after another (method).
 */
import { account, print, promptInput, setTaskPerms } from "moo";

// Everything below is checked against what the player may do, not this verb's owner.
setTaskPerms(player);

const [answer, step, target, old, fresh] = args as [string, string, typeof player, string, string | undefined];
const ask = (prompt: string, next: string, extra: unknown[]) =>
  promptInput({ prompt, password: true, callback: { obj: player, verb: "password_input" }, args: [next, target, ...extra] as never });
if (step === "old") {
  ask("New password: ", "new", [answer]);
} else if (step === "new") {
  if (answer.length < 8) {
    print("Passwords must be at least 8 characters long. Password not changed.");
    return;
  }
  ask("Confirm new password: ", "confirm", [old, answer]);
} else if (step === "confirm") {
  if (answer !== fresh) {
    print("Passwords do not match. Password not changed.");
    return;
  }
  account(
    { op: "setPassword", player: target, password: answer, old: old === "" ? null : old },
    { obj: player, verb: "password_input", args: ["done", target] },
  );
} else if (step === "done") {
  const r = args[0] as unknown as { ok: boolean; error?: string };
  print(r.ok ? "Password changed." : `Password not changed: ${r.error}`);
}
