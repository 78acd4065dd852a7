/**
 * The session commands that frame output for scripts and bots: `PREFIX`, `SUFFIX`, `OUTPUTPREFIX`,
 * `OUTPUTSUFFIX`. They are handled by the session layer, never sent to the game.
 *
 * - `PREFIX <marker>` / `SUFFIX <marker>`: printed on their own line before / after the output of
 *   every later command, even when the command prints nothing, so a bot knows where a reply ends.
 * - `OUTPUTPREFIX <marker>` / `OUTPUTSUFFIX <marker>`: the global markers. They wrap every block of
 *   output, outermost: around each command's block and around each block of asynchronous output
 *   (another player's `say`, …), which gets no PREFIX/SUFFIX.
 * - The command alone shows the current marker; `<command> clear` removes it.
 *
 * Order of a command's block: OUTPUTPREFIX, PREFIX, output lines…, SUFFIX, OUTPUTSUFFIX.
 */

type MarkerName = "prefix" | "suffix" | "globalPrefix" | "globalSuffix";

const COMMANDS: Record<string, { marker: MarkerName; label: string }> = {
  PREFIX: { marker: "prefix", label: "Output prefix" },
  SUFFIX: { marker: "suffix", label: "Output suffix" },
  OUTPUTPREFIX: { marker: "globalPrefix", label: "Global output prefix" },
  OUTPUTSUFFIX: { marker: "globalSuffix", label: "Global output suffix" },
};

export class OutputFraming {
  private readonly markers: Record<MarkerName, string | null> = {
    prefix: null,
    suffix: null,
    globalPrefix: null,
    globalSuffix: null,
  };

  /** True when `line` is one of the framing commands (case-insensitive command word). */
  static isFramingCommand(line: string): boolean {
    const word = line.trim().split(/\s+/, 1)[0] ?? "";
    return Object.hasOwn(COMMANDS, word.toUpperCase());
  }

  /** Applies a framing command and returns the reply to show (unframed). Null if not one. */
  handleCommand(line: string): string | null {
    const m = /^\s*(\S+)(?:\s+(.*?))?\s*$/.exec(line);
    const command = m ? COMMANDS[m[1]!.toUpperCase()] : undefined;
    if (!m || !command) return null;
    const arg = m[2];
    const lower = command.label.charAt(0).toLowerCase() + command.label.slice(1);
    if (arg === undefined || arg === "") {
      const current = this.markers[command.marker];
      return current === null ? `No ${lower} set` : `Current ${lower}: ${current}`;
    }
    if (arg.toLowerCase() === "clear") {
      this.markers[command.marker] = null;
      return `${command.label} cleared`;
    }
    this.markers[command.marker] = arg;
    return `${command.label} set to: ${arg}`;
  }

  /** The lines of a command's block: markers around `lines` (always framed when markers are set). */
  frameCommand(lines: readonly string[]): string[] {
    const m = this.markers;
    return [
      ...(m.globalPrefix === null ? [] : [m.globalPrefix]),
      ...(m.prefix === null ? [] : [m.prefix]),
      ...lines,
      ...(m.suffix === null ? [] : [m.suffix]),
      ...(m.globalSuffix === null ? [] : [m.globalSuffix]),
    ];
  }

  /** The lines of an asynchronous block: only the global markers. */
  frameAsync(lines: readonly string[]): string[] {
    const m = this.markers;
    return [
      ...(m.globalPrefix === null ? [] : [m.globalPrefix]),
      ...lines,
      ...(m.globalSuffix === null ? [] : [m.globalSuffix]),
    ];
  }
}
