/**
 * Command history per account, shared by every connection of that account (so Up recalls what was
 * typed in an earlier or parallel session). Kept in memory only: it is lost when the server restarts.
 */
export class CommandHistory {
  private readonly byAccount = new Map<string, string[]>();

  /** @param limit most entries kept per account (oldest dropped first). */
  constructor(private readonly limit = 500) {}

  /** The account's lines, oldest first. */
  list(account: string): readonly string[] {
    return this.byAccount.get(account) ?? [];
  }

  /** Records a line; blank lines and a repeat of the previous line are skipped. */
  add(account: string, line: string): void {
    if (line.trim() === "") return;
    let lines = this.byAccount.get(account);
    if (!lines) {
      lines = [];
      this.byAccount.set(account, lines);
    }
    if (lines[lines.length - 1] === line) return;
    lines.push(line);
    if (lines.length > this.limit) lines.splice(0, lines.length - this.limit);
  }
}
