/**
 * Accounts: a login name, a password hash, SSH public keys and a status, linked to an avatar
 * object. Roles (wizard/programmer/builder) live on the avatar object, where permission checks
 * read them without a database round trip. Account operations are not part of verb
 * transactions: they are rare and run directly against storage.
 */
import { createHash } from "node:crypto";
import { InvalidArgument, PermissionDenied, UserError } from "../core/errors.js";
import type { ObjId } from "../core/ids.js";
import type { Store } from "../storage/store.js";
import { hashPassword, passwordProblem, verifyPassword } from "./password.js";

export type AccountStatus = "active" | "suspended" | "banned";

export interface Account {
  id: number;
  login: string;
  avatar: ObjId;
  status: AccountStatus;
  statusReason: string | null;
  suspendedUntil: string | null;
}

export interface SshKey {
  id: number;
  type: string;
  data: string;
  comment: string;
  fingerprint: string;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: ObjId;
  action: string;
  target: ObjId;
  targetRepr: string;
  detail: string;
}

export const LOGIN_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{1,31}$/;

export class Accounts {
  /** Lower-case logins and avatars with an account, for synchronous checks by verbs (see loadIndex). */
  private readonly loginIndex = new Set<string>();
  private readonly avatarIndex = new Set<ObjId>();

  constructor(private readonly store: Store) {}

  /**
   * Loads the login index (call once at start). Verbs check "login taken" against it before their
   * task commits; `create` checks the database again, so the index may only be behind, never wrong
   * in the other direction.
   */
  async loadIndex(): Promise<void> {
    const rows = await this.db.selectFrom("accounts").select(["login", "avatar"]).execute();
    for (const r of rows) {
      this.loginIndex.add(r.login.toLowerCase());
      this.avatarIndex.add(r.avatar);
    }
  }

  /** Whether the login is taken, as far as this process knows (case-insensitive). */
  loginTaken(login: string): boolean {
    return this.loginIndex.has(login.toLowerCase());
  }

  /** Whether the avatar has an account, as far as this process knows. */
  hasAccount(avatar: ObjId): boolean {
    return this.avatarIndex.has(avatar);
  }

  private get db() {
    return this.store.db;
  }

  async create(login: string, password: string, avatar: ObjId): Promise<Account> {
    if (!LOGIN_PATTERN.test(login)) {
      throw new InvalidArgument(
        "Login names are 2-32 characters: letters, digits, '_', '.', '-', starting with a letter.",
      );
    }
    const problem = passwordProblem(password);
    if (problem) throw new InvalidArgument(problem);
    if (await this.byLogin(login)) throw new InvalidArgument(`The login name '${login}' is taken.`);
    const hash = await hashPassword(password);
    const row = await this.db
      .insertInto("accounts")
      .values({ login: login.toLowerCase(), password_hash: hash, avatar, status: "active", created_at: now() })
      .returning("id")
      .executeTakeFirstOrThrow();
    this.loginIndex.add(login.toLowerCase());
    this.avatarIndex.add(avatar);
    return (await this.byId(row.id)) as Account;
  }

  async byLogin(login: string): Promise<Account | undefined> {
    const r = await this.db
      .selectFrom("accounts")
      .selectAll()
      .where("login", "=", login.toLowerCase())
      .executeTakeFirst();
    return r ? toAccount(r) : undefined;
  }

  async byId(id: number): Promise<Account | undefined> {
    const r = await this.db.selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();
    return r ? toAccount(r) : undefined;
  }

  async byAvatar(avatar: ObjId): Promise<Account | undefined> {
    const r = await this.db.selectFrom("accounts").selectAll().where("avatar", "=", avatar).executeTakeFirst();
    return r ? toAccount(r) : undefined;
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom("accounts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  /** Checks a password; returns the account or undefined (same answer for unknown login and bad password). */
  async authenticate(login: string, password: string): Promise<Account | undefined> {
    const r = await this.db
      .selectFrom("accounts")
      .selectAll()
      .where("login", "=", login.toLowerCase())
      .executeTakeFirst();
    if (!r) {
      await hashPassword(password); // same cost as a real check: don't reveal which logins exist
      return undefined;
    }
    return (await verifyPassword(password, r.password_hash)) ? toAccount(r) : undefined;
  }

  async setPassword(accountId: number, password: string): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) throw new InvalidArgument(problem);
    await this.db
      .updateTable("accounts")
      .set({ password_hash: await hashPassword(password) })
      .where("id", "=", accountId)
      .execute();
  }

  /** Why a login is refused (suspended, banned), or null. Clears lapsed suspensions. */
  async loginBlockedReason(a: Account): Promise<string | null> {
    if (a.status === "suspended" && a.suspendedUntil && new Date(a.suspendedUntil).getTime() <= Date.now()) {
      await this.setStatus(a.id, "active", null, null);
      return null;
    }
    return blockedMessage(a.status, a.suspendedUntil, a.statusReason);
  }

  async setStatus(
    accountId: number,
    status: AccountStatus,
    reason: string | null,
    until: string | null,
  ): Promise<void> {
    await this.db
      .updateTable("accounts")
      .set({ status, status_reason: reason, suspended_until: until })
      .where("id", "=", accountId)
      .execute();
  }

  /**
   * Suspends (until `until`, or until lifted when null), bans, or reactivates an account, and
   * writes the audit row (action `suspend`, `ban` or `unsuspend`) in the same transaction.
   */
  async sanction(
    accountId: number,
    change: { status: AccountStatus; reason: string | null; until: string | null },
    audit: { actor: ObjId; action: string; target: ObjId; targetRepr: string; detail: string },
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("accounts")
        .set({ status: change.status, status_reason: change.reason, suspended_until: change.until })
        .where("id", "=", accountId)
        .execute();
      await trx
        .insertInto("audit_log")
        .values({
          at: now(),
          actor: audit.actor,
          action: audit.action,
          target: audit.target,
          target_repr: audit.targetRepr,
          detail: audit.detail,
        })
        .execute();
    });
  }

  /** The newest audit rows, all or those with `who` as actor or target. */
  async auditRows(who: ObjId | null, limit: number): Promise<AuditRow[]> {
    let q = this.db.selectFrom("audit_log").selectAll().orderBy("id", "desc").limit(limit);
    if (who !== null) q = q.where((eb) => eb.or([eb("actor", "=", who), eb("target", "=", who)]));
    const rows = await q.execute();
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      target: r.target,
      targetRepr: r.target_repr,
      detail: r.detail,
    }));
  }

  async keys(accountId: number): Promise<SshKey[]> {
    const rows = await this.db
      .selectFrom("ssh_keys")
      .selectAll()
      .where("account_id", "=", accountId)
      .orderBy("id")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      type: r.key_type,
      data: r.key_data,
      comment: r.comment,
      fingerprint: r.fingerprint,
    }));
  }

  /** Adds an OpenSSH public key line (`ssh-ed25519 AAAA… comment`). */
  async addKey(accountId: number, line: string): Promise<SshKey> {
    const parsed = parsePublicKeyLine(line);
    const existing = await this.keys(accountId);
    if (existing.some((k) => k.fingerprint === parsed.fingerprint))
      throw new UserError("That key is already registered.");
    if (existing.length >= 20) throw new UserError("An account may have at most 20 keys.");
    const row = await this.db
      .insertInto("ssh_keys")
      .values({
        account_id: accountId,
        key_type: parsed.type,
        key_data: parsed.data,
        comment: parsed.comment,
        fingerprint: parsed.fingerprint,
        created_at: now(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { id: row.id, ...parsed };
  }

  /** Removes the key with 1-based index `n` in the account's list. */
  async removeKey(accountId: number, n: number): Promise<SshKey> {
    const keys = await this.keys(accountId);
    const k = keys[n - 1];
    if (!k) throw new UserError(`There is no key number ${n}.`);
    await this.db.deleteFrom("ssh_keys").where("id", "=", k.id).execute();
    return k;
  }

  /** Only the account itself or a wizard may see or change an account's secrets. */
  static assertSelfOrWizard(actorAvatar: ObjId, account: Account, actorIsWizard: boolean): void {
    if (account.avatar !== actorAvatar && !actorIsWizard) throw new PermissionDenied("That is not your account.");
  }
}

/**
 * What a login with this status is refused with (null: not refused), followed by the wizard's
 * reason when one was given ("This account has been banned. Reason: spamming.").
 */
export function blockedMessage(
  status: AccountStatus,
  suspendedUntil: string | null,
  reason: string | null = null,
): string | null {
  let message: string;
  if (status === "banned") message = "This account has been banned.";
  else if (status === "suspended")
    message = suspendedUntil
      ? `This account is suspended until ${utcMinute(suspendedUntil)} UTC.`
      : "This account is suspended.";
  else return null;
  const why = reason?.replace(/\s+/g, " ").trim();
  return why ? `${message} Reason: ${why}${/[.!?]$/.test(why) ? "" : "."}` : message;
}

/** `2026-12-03T21:40:44.000Z` → `2026-12-03 21:40`. */
export function utcMinute(iso: string): string {
  const t = new Date(iso);
  return (Number.isNaN(t.getTime()) ? iso : t.toISOString()).slice(0, 16).replace("T", " ");
}

const KEY_TYPES = new Set([
  "ssh-ed25519",
  "ssh-rsa",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "sk-ssh-ed25519@openssh.com",
]);

/** Parses and checks one OpenSSH public key line; the fingerprint is OpenSSH's SHA256 form. */
export function parsePublicKeyLine(line: string): Omit<SshKey, "id"> {
  const parts = line.trim().split(/\s+/);
  const [type, data, ...rest] = parts;
  if (!type || !data || !KEY_TYPES.has(type)) {
    throw new InvalidArgument("That doesn't look like an SSH public key (expected e.g. 'ssh-ed25519 AAAA… comment').");
  }
  const blob = Buffer.from(data, "base64");
  const len = blob.readUInt32BE(0);
  if (blob.length < 4 + len || blob.subarray(4, 4 + len).toString() !== type) {
    throw new InvalidArgument("The key data is damaged (it does not match its type).");
  }
  const fingerprint = `SHA256:${createHash("sha256").update(blob).digest("base64").replace(/=+$/, "")}`;
  return { type, data, comment: rest.join(" "), fingerprint };
}

function now(): string {
  return new Date().toISOString();
}

function toAccount(r: {
  id: number;
  login: string;
  avatar: number;
  status: string;
  status_reason: string | null;
  suspended_until: string | null;
}): Account {
  return {
    id: r.id,
    login: r.login,
    avatar: r.avatar,
    status: r.status as AccountStatus,
    statusReason: r.status_reason,
    suspendedUntil: r.suspended_until,
  };
}
