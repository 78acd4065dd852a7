/**
 * Performs the account requests verbs make (`account()` in the SDK) after their task committed.
 * The runtime already checked who may ask what (wizard-owned verbs only; a non-wizard player only
 * for their own account, with the old password for a password change); this side talks to the
 * database and turns every outcome into a plain value for the verb's callback:
 * `{ ok: true, … }` or `{ ok: false, error }`.
 */
import { MooError } from "../core/errors.js";
import type { MooValue } from "../core/values.js";
import type { Accounts, SshKey } from "../world/index.js";
import type { AccountAction } from "./effects.js";

export function accountActions(accounts: Accounts): (action: AccountAction) => Promise<MooValue> {
  const keyInfo = (k: Omit<SshKey, "id" | "data">, index?: number): MooValue => ({
    ...(index !== undefined ? { index } : {}),
    type: k.type,
    fingerprint: k.fingerprint,
    comment: k.comment,
  });
  return async ({ request: r }): Promise<MooValue> => {
    try {
      if (r.op === "create") {
        const account = await accounts.create(r.login, r.password, r.avatar);
        return { ok: true, login: account.login };
      }
      const account = await accounts.byAvatar(r.avatar);
      if (!account) return { ok: false, error: "That player has no account." };
      switch (r.op) {
        case "info":
          return { ok: true, login: account.login, status: account.status };
        case "setPassword": {
          if (r.old !== null && !(await accounts.authenticate(account.login, r.old))) {
            return { ok: false, error: "That is not the old password." };
          }
          await accounts.setPassword(account.id, r.password);
          return { ok: true };
        }
        case "keys":
          return { ok: true, keys: (await accounts.keys(account.id)).map((k, i) => keyInfo(k, i + 1)) };
        case "addKey":
          return { ok: true, key: keyInfo(await accounts.addKey(account.id, r.key)) };
        case "removeKey":
          return { ok: true, key: keyInfo(await accounts.removeKey(account.id, r.index)) };
      }
    } catch (err) {
      if (err instanceof MooError) return { ok: false, error: err.message };
      throw err;
    }
  };
}
