/**
 * A headless terminal emulator (xterm.js) for tests: feed it what a session writes and read back
 * what a player would see on screen.
 */
import xterm from "@xterm/headless";

export class HeadlessScreen {
  readonly terminal: InstanceType<typeof xterm.Terminal>;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    readonly cols = 80,
    readonly rows = 24,
  ) {
    this.terminal = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 1000 });
  }

  /** Writes terminal output (in order). */
  write(data: string): void {
    this.pending = this.pending.then(() => new Promise<void>((resolve) => this.terminal.write(data, () => resolve())));
  }

  /** Waits until everything written so far has been processed. */
  async settle(): Promise<void> {
    await this.pending;
  }

  /** The visible screen, one string per row, trailing spaces removed. */
  lines(): string[] {
    const buffer = this.terminal.buffer.active;
    const out: string[] = [];
    for (let i = 0; i < this.rows; i++) out.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? "");
    return out;
  }

  /** The visible screen as text (trailing empty rows removed). */
  text(): string {
    return this.lines().join("\n").replace(/\n+$/, "");
  }

  /** Cursor position (0-based) on the visible screen. */
  cursor(): { row: number; col: number } {
    const buffer = this.terminal.buffer.active;
    return { row: buffer.cursorY, col: buffer.cursorX };
  }

  /** True while the alternate screen (editor, pager) is shown. */
  get onAlternateScreen(): boolean {
    return this.terminal.buffer.active.type === "alternate";
  }
}

/** Polls `check` until it returns true (or throws after `timeoutMs` with `describe()` in the message). */
export async function waitFor(
  check: () => boolean,
  describe: () => string = () => "",
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting; state:\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
