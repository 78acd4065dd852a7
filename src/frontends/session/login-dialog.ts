/**
 * The in-band login used by telnet (and any front-end without its own authentication): asks
 * "Login: " and "Password: ", or accepts LambdaMOO's one-line `connect <name> <password>` (which
 * MUD clients and bots send) at any prompt. Wrong credentials get the gateway's message and another
 * try; after `maxAttempts` failures the dialog gives up.
 */
import type { AccountInfo, Gateway } from "../../core/gateway.js";

export type LoginStep =
  | { type: "ask"; prompt: string; password: boolean }
  | { type: "say"; text: string }
  | { type: "success"; account: AccountInfo }
  | { type: "give-up"; text: string };

export class LoginDialog {
  private name: string | null = null;
  private failures = 0;

  constructor(
    private readonly gateway: Gateway,
    private readonly maxAttempts = 3,
  ) {}

  /** The first prompt. */
  start(): LoginStep[] {
    return [{ type: "ask", prompt: "Login: ", password: false }];
  }

  /** True while the dialog waits for a password (input should not be echoed). */
  get expectsPassword(): boolean {
    return this.name !== null;
  }

  /** Handles one line typed at the current prompt. */
  async handleLine(line: string): Promise<LoginStep[]> {
    const connect = /^\s*(?:connect|co)\s+(\S+)\s+(.+?)\s*$/i.exec(line);
    if (connect && this.name === null) return this.attempt(connect[1]!, connect[2]!);
    if (this.name === null) {
      const name = line.trim();
      if (name === "") return this.start();
      this.name = name;
      return [{ type: "ask", prompt: "Password: ", password: true }];
    }
    const name = this.name;
    this.name = null;
    return this.attempt(name, line);
  }

  private async attempt(name: string, password: string): Promise<LoginStep[]> {
    const result = await this.gateway.login(name, password);
    if (result.ok) return [{ type: "success", account: result.account }];
    this.failures++;
    const message = result.message || "Either that account does not exist, or its password is different.";
    if (this.failures >= this.maxAttempts) {
      return [{ type: "give-up", text: `${message}\nToo many failed login attempts. Goodbye.` }];
    }
    return [{ type: "say", text: message }, ...this.start()];
  }
}
