/**
 * Browser logins: a random token in an HTTP-only cookie, mapped in memory to the account's login.
 * The account is looked up again on every request (`Gateway.loginByKey`), so a ban, a suspension
 * or a role change takes effect at once. Tokens expire after `idleMs` without use and after
 * `maxAgeMs` in any case. In memory only: a restart logs everyone out of the web pages (the game
 * itself is unaffected).
 */
import { randomBytes } from "node:crypto";

export interface WebLogin {
  token: string;
  login: string;
  createdAt: number;
  lastSeen: number;
}

export class WebSessions {
  private readonly byToken = new Map<string, WebLogin>();

  constructor(
    private readonly idleMs = 3 * 24 * 3600_000,
    private readonly maxAgeMs = 30 * 24 * 3600_000,
  ) {}

  create(login: string): WebLogin {
    this.sweep();
    const now = Date.now();
    const s: WebLogin = { token: randomBytes(32).toString("base64url"), login, createdAt: now, lastSeen: now };
    this.byToken.set(s.token, s);
    return s;
  }

  get(token: string | undefined): WebLogin | undefined {
    if (!token) return undefined;
    const s = this.byToken.get(token);
    if (!s) return undefined;
    const now = Date.now();
    if (now - s.lastSeen > this.idleMs || now - s.createdAt > this.maxAgeMs) {
      this.byToken.delete(token);
      return undefined;
    }
    s.lastSeen = now;
    return s;
  }

  delete(token: string | undefined): void {
    if (token) this.byToken.delete(token);
  }

  /** Logs an account out everywhere (e.g. after a password change). */
  deleteLogin(login: string): void {
    for (const [t, s] of this.byToken) if (s.login === login) this.byToken.delete(t);
  }

  get size(): number {
    return this.byToken.size;
  }

  /** Maximum cookie lifetime in seconds. */
  get maxAgeSeconds(): number {
    return Math.floor(this.maxAgeMs / 1000);
  }

  private sweep(): void {
    if (this.byToken.size < 1000) return;
    const now = Date.now();
    for (const [t, s] of this.byToken) {
      if (now - s.lastSeen > this.idleMs || now - s.createdAt > this.maxAgeMs) this.byToken.delete(t);
    }
  }
}
