/**
 * Drives a TerminalSession in memory for tests: rich mode renders into a headless terminal, raw mode
 * collects plain text.
 */
import type { AccountInfo } from "../../core/gateway.js";
import type { CommandHistory } from "../session/command-history.js";
import { type SessionLimits, TerminalSession } from "../session/terminal-session.js";
import type { FakeGateway } from "./fake-gateway.js";
import { HeadlessScreen } from "./headless-screen.js";

export interface Harness {
  session: TerminalSession;
  screen: HeadlessScreen;
  /** Everything written, as one string (raw mode reads this). */
  output(): string;
  closedByServer(): boolean;
  type(text: string): void;
  /** Waits until the visible screen (rich) or the output (raw) matches. */
  waitFor(pattern: RegExp | ((text: string) => boolean), timeoutMs?: number): Promise<void>;
}

export interface HarnessOptions {
  mode: "rich" | "raw";
  login?: string;
  history?: CommandHistory;
  limits?: Partial<SessionLimits>;
  cols?: number;
  rows?: number;
  /** Start with the login dialog instead of an account. */
  anonymous?: boolean;
}

export async function startHarness(gateway: FakeGateway, options: HarnessOptions): Promise<Harness> {
  const screen = new HeadlessScreen(options.cols ?? 80, options.rows ?? 24);
  let written = "";
  let closed = false;
  const session = new TerminalSession({
    gateway,
    mode: options.mode,
    protocol: "web",
    remote: "test",
    size: { cols: screen.cols, rows: screen.rows },
    history: options.history,
    limits: options.limits,
    transport: {
      write: (text) => {
        written += text;
        screen.write(text);
      },
      close: () => {
        closed = true;
      },
    },
  });
  const account: AccountInfo | undefined = options.anonymous
    ? undefined
    : gateway.accounts.get(options.login ?? "wizard")!.info;
  await session.start(account);
  const current = async (): Promise<string> => {
    if (options.mode === "raw") return written;
    await screen.settle();
    return screen.text();
  };
  return {
    session,
    screen,
    output: () => written,
    closedByServer: () => closed,
    type: (text) => session.input(text),
    waitFor: async (pattern, timeoutMs = 5000) => {
      const test = typeof pattern === "function" ? pattern : (t: string) => pattern.test(t);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const text = await current();
        if (test(text)) return;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; screen:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}
