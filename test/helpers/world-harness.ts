/**
 * Boots a whole game in this process (in-memory SQLite, the default world, the real task runner,
 * runtime and gateway) and lets a test log players in and type commands, the way a front-end does.
 *
 *   const h = await startHarness();
 *   const wiz = await h.login("wizard");
 *   assert.deepEqual(await wiz.type("say hi"), ["You: hi"]);
 *   assert.deepEqual(other.heard(), ["Wizard: hi"]);
 *   await h.close();
 */

import assert from "node:assert/strict";
import { loadConfig } from "../../src/cli/config.js";
import { type Game, startGame } from "../../src/cli/game.js";
import type { SessionEvent, SessionHandle } from "../../src/core/gateway.js";
import type { ObjId } from "../../src/core/ids.js";
import { stripMarkup } from "../../src/frontends/index.js";
import { createPlayer, type Roles } from "../../src/world/index.js";

export const WIZARD_PASSWORD = "wizard-test-password";

export interface TestPlayer {
  avatar: ObjId;
  session: SessionHandle;
  /** Every event received outside commands (tells from others, connect messages...). */
  events: SessionEvent[];
  /** Types a line; resolves with the command's output lines (markup removed). */
  type(line: string): Promise<string[]>;
  /** Like `type`, but also returns the status (1 = failed and rolled back). */
  run(line: string): Promise<{ lines: string[]; status: 0 | 1; events: SessionEvent[] }>;
  /** Output lines received from others since the last call (markup removed). */
  heard(): string[];
  close(): Promise<void>;
}

export interface Harness {
  game: Game;
  login(login: string, password?: string): Promise<TestPlayer>;
  /** Creates an account + avatar and logs it in. */
  newPlayer(name: string, roles?: Roles): Promise<TestPlayer>;
  close(): Promise<void>;
}

export function textOf(events: readonly SessionEvent[]): string[] {
  const out: string[] = [];
  for (const e of events) if (e.type === "output") out.push(...stripMarkup(e.text).split("\n"));
  return out;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const config = loadConfig({ MOO_DATA_DIR: ":memory:", MOO_WIZARD_PASSWORD: WIZARD_PASSWORD, ...env });
  const game = await startGame(config, { log: () => {} });
  const players: TestPlayer[] = [];

  async function login(name: string, password = WIZARD_PASSWORD): Promise<TestPlayer> {
    const r = await game.gateway.login(name, password);
    if (!r.ok) throw new Error(`login ${name}: ${r.message}`);
    const events: SessionEvent[] = [];
    let seen = 0;
    const session: SessionHandle = await game.gateway.openSession(
      r.account,
      { protocol: "telnet", remote: "test", mode: "raw" },
      (e) => {
        events.push(e);
        // As a front-end does: the server asked to end this session (@suspend, @ban, boot).
        if (e.type === "disconnect") void session.close().catch(() => {});
      },
    );
    const p: TestPlayer = {
      avatar: r.account.avatar,
      session,
      events,
      async run(line) {
        const res = await session.command(line);
        return { lines: textOf(res.events), status: res.status, events: res.events };
      },
      async type(line) {
        return (await p.run(line)).lines;
      },
      heard() {
        const fresh = events.slice(seen);
        seen = events.length;
        return textOf(fresh);
      },
      close: () => session.close(),
    };
    players.push(p);
    return p;
  }

  return {
    game,
    login,
    async newPlayer(name, roles = {}) {
      const password = `${name}-password`;
      await createPlayer(game.world, game.accounts, { login: name.toLowerCase(), password, name, roles });
      return login(name.toLowerCase(), password);
    },
    async close() {
      for (const p of players) await p.close().catch(() => {});
      await game.stop();
    },
  };
}

/** Asserts that `help <command>` starts with each command's syntax line (`[command, start]` pairs). */
export async function assertHelpSyntax(p: TestPlayer, syntax: readonly [string, string][]): Promise<void> {
  for (const [cmd, start] of syntax) {
    const lines = await p.type(`help ${cmd}`);
    assert.ok(lines[0]?.startsWith(start), `${cmd}: ${lines.join("\n")}`);
  }
}
