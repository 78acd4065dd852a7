/**
 * Runs a real terminal program (OpenSSH, telnet) inside a private tmux server so tests can type into
 * it and read its screen with capture-pane.
 */
import { execFileSync, spawnSync } from "node:child_process";

let counter = 0;

/** True when the named programs are on the PATH. */
export function haveCommands(...names: string[]): boolean {
  return names.every((name) => spawnSync("sh", ["-c", `command -v ${name}`]).status === 0);
}

export class TmuxPane {
  private readonly socket = `tsmoo-test-${process.pid}-${counter++}`;
  private readonly target = "main";

  /** Starts `command` (a shell command line) in a detached pane of `cols`×`rows`. */
  constructor(command: string, cols = 100, rows = 30, env: Record<string, string> = {}) {
    const exports = Object.entries(env)
      .map(([k, v]) => `export ${k}='${v}'; `)
      .join("");
    this.tmux("new-session", "-d", "-s", this.target, "-x", String(cols), "-y", String(rows), `${exports}${command}`);
    this.tmux("set-option", "-t", this.target, "remain-on-exit", "on");
  }

  private tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
  }

  /** Types text literally (a trailing `;` is escaped, tmux would read it as a command separator). */
  type(text: string): void {
    this.tmux("send-keys", "-t", this.target, "-l", text.replace(/;$/, "\\;"));
  }

  /** Presses named keys (tmux names: Enter, Up, C-s, Escape, …). */
  press(...keys: string[]): void {
    this.tmux("send-keys", "-t", this.target, ...keys);
  }

  /** Resizes the window (the program gets SIGWINCH; ssh sends a window-change). */
  resize(cols: number, rows: number): void {
    this.tmux("resize-window", "-t", this.target, "-x", String(cols), "-y", String(rows));
  }

  /** The visible screen, trailing spaces and empty rows removed (tmux drops trailing spaces anyway). */
  screen(): string {
    return this.tmux("capture-pane", "-p", "-t", this.target)
      .split("\n")
      .map((line) => line.trimEnd())
      .join("\n")
      .replace(/\n+$/, "");
  }

  /** True when the alternate screen is active (a full-screen program). */
  onAlternateScreen(): boolean {
    return this.tmux("display-message", "-p", "-t", this.target, "#{alternate_on}").trim() === "1";
  }

  async waitFor(check: RegExp | ((screen: string) => boolean), timeoutMs = 10_000): Promise<string> {
    const test = typeof check === "function" ? check : (s: string) => check.test(s);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${check}; screen:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  kill(): void {
    try {
      this.tmux("kill-server");
    } catch {
      // already gone
    }
  }
}
