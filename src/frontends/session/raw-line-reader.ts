/**
 * Raw-mode input: characters in, whole lines out. Handles CR, LF, CRLF and CR NUL line ends,
 * Backspace/DEL, drops escape sequences and other control characters, reports Ctrl-D on an empty
 * line as end of input, and refuses lines longer than the limit without buffering them (the rest of
 * such a line is discarded up to its end, then an `overflow` is reported).
 */

export type RawInput = { type: "line"; line: string } | { type: "overflow" } | { type: "eof" };

export class RawLineReader {
  private buffer: string[] = [];
  private discarding = false;
  private lastWasCR = false;
  /** 0 = normal, 1 = after ESC, 2 = inside CSI, 3 = after ESC O */
  private escape = 0;

  constructor(private readonly maxLength: number) {}

  push(text: string): RawInput[] {
    const out: RawInput[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0) ?? 0;
      if (this.escape === 1) {
        this.escape = ch === "[" ? 2 : ch === "O" ? 3 : 0;
        continue;
      }
      if (this.escape === 2) {
        if (code >= 0x40 && code <= 0x7e) this.escape = 0;
        continue;
      }
      if (this.escape === 3) {
        this.escape = 0;
        continue;
      }
      if (code === 0x0a || code === 0x00) {
        if (!this.lastWasCR && code === 0x0a) this.endLine(out);
        this.lastWasCR = false;
        continue;
      }
      this.lastWasCR = code === 0x0d;
      if (code === 0x0d) this.endLine(out);
      else if (code === 0x1b) this.escape = 1;
      else if (code === 0x08 || code === 0x7f) this.buffer.pop();
      else if (code === 0x04 && this.buffer.length === 0 && !this.discarding) out.push({ type: "eof" });
      else if (code === 0x09 || (code >= 0x20 && !(code >= 0x7f && code < 0xa0))) this.add(ch);
    }
    return out;
  }

  private add(ch: string): void {
    if (this.discarding) return;
    if (this.buffer.length >= this.maxLength) {
      this.discarding = true;
      this.buffer = [];
      return;
    }
    this.buffer.push(ch);
  }

  private endLine(out: RawInput[]): void {
    if (this.discarding) out.push({ type: "overflow" });
    else out.push({ type: "line", line: this.buffer.join("") });
    this.buffer = [];
    this.discarding = false;
  }
}
