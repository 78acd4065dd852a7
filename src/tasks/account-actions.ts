/**
 * Performs the account requests verbs make (`account()` in the SDK) after their task committed.
 * The runtime already checked who may ask what (wizard-owned verbs only; a non-wizard player only
 * for their own account, with the old password for a password change); this side talks to the
 * database and turns every outcome into a plain value for the verb's callback:
 * `{ ok: true, … }` or `{ ok: false, error }`.
 */
import { MooError } from "../core/errors.js";
import { type MooValue, ref } from "../core/values.js";
import { type Accounts, blockedMessage, type SshKey, utcMinute } from "../world/index.js";
import type { AccountAction } from "./effects.js";

export function accountActions(accounts: Accounts): (action: AccountAction) => Promise<MooValue> {
  const keyInfo = (k: Omit<SshKey, "id" | "data">, index?: number): MooValue => ({
    ...(index !== undefined ? { index } : {}),
    type: k.type,
    fingerprint: k.fingerprint,
    comment: k.comment,
  });
  return async ({ request: r, player }): Promise<MooValue> => {
    try {
      if (r.op === "create") {
        const account = await accounts.create(r.login, r.password, r.avatar);
        return { ok: true, login: account.login };
      }
      if (r.op === "auditLog") {
        const rows = await accounts.auditRows(r.avatar, r.limit);
        return {
          ok: true,
          rows: rows.map((x) => ({
            id: x.id,
            at: x.at,
            actor: ref(x.actor),
            action: x.action,
            target: ref(x.target),
            targetName: x.targetRepr,
            detail: x.detail,
          })),
        };
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
        case "suspend":
        case "ban": {
          const until =
            r.op === "suspend" && r.hours !== null ? new Date(Date.now() + r.hours * 3_600_000).toISOString() : null;
          const status = r.op === "ban" ? "banned" : "suspended";
          const detail = [
            r.op === "ban" ? "banned" : until ? `suspended until ${utcMinute(until)} UTC` : "suspended until lifted",
            ...(r.reason ? [`reason: ${r.reason}`] : []),
          ].join("; ");
          await accounts.sanction(
            account.id,
            { status, reason: r.reason, until },
            { actor: player, action: r.op, target: r.avatar, targetRepr: r.label, detail },
          );
          return { ok: true, login: account.login, status, until, message: blockedMessage(status, until, r.reason) };
        }
        case "unsuspend": {
          const previous = account.status;
          if (previous !== "active") {
            await accounts.sanction(
              account.id,
              { status: "active", reason: null, until: null },
              { actor: player, action: "unsuspend", target: r.avatar, targetRepr: r.label, detail: `was ${previous}` },
            );
          }
          return { ok: true, login: account.login, status: "active", previous };
        }
      }
    } catch (err) {
      if (err instanceof MooError) return { ok: false, error: err.message };
      throw err;
    }
  };
}
