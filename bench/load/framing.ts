/**
 * The load client's byte → line → frame pipeline, protocol-neutral and pure (unit-tested in
 * test/bench/framing.test.ts):
 *
 * - `IacStripper` drops telnet IAC sequences (negotiation, subnegotiation, GA) from a byte stream,
 *   even when a sequence is split across chunks. LambdaMOO sends none; tsmoo sends a few.
 * - `LineSplitter` turns text chunks into whole lines (CRLF, LF or lone CR line ends).
 * - `FrameReader` finds each command's reply between the `PREFIX` and `SUFFIX` marker lines
 *   (LambdaMOO's output framing, which tsmoo also speaks). Lines outside a frame are asynchronous
 *   output (another player's `say`, login banners) and are counted, not attributed to a command.
 */

const IAC = 255;
const SB = 250;
const SE = 240;

export class IacStripper {
  /** 0 = text, 1 = after IAC, 2 = after IAC <verb> (option byte next), 3 = in SB, 4 = in SB after IAC. */
  private state = 0;

  push(chunk: Uint8Array): Buffer {
    const out = Buffer.allocUnsafe(chunk.length);
    let n = 0;
    for (const b of chunk) {
      switch (this.state) {
        case 0:
          if (b === IAC) this.state = 1;
          else out[n++] = b;
          break;
        case 1:
          if (b === IAC) {
            out[n++] = IAC; // escaped 255
            this.state = 0;
          } else if (b === SB) this.state = 3;
          else if (b >= 251 && b <= 254) this.state = 2;
          else this.state = 0; // GA, NOP, ... : two-byte commands
          break;
        case 2:
          this.state = 0;
          break;
        case 3:
          if (b === IAC) this.state = 4;
          break;
        case 4:
          this.state = b === SE ? 0 : 3;
          break;
      }
    }
    return out.subarray(0, n);
  }
}

export class LineSplitter {
  private partial = "";
  private lastWasCr = false;

  /** Whole lines completed by this chunk, without their line ends. */
  push(text: string): string[] {
    const lines: string[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        if (this.lastWasCr && i === start) {
          // the LF of a CRLF whose CR ended the previous piece
          start = i + 1;
          this.lastWasCr = false;
          continue;
        }
        lines.push(this.partial + text.slice(start, i));
        this.partial = "";
        start = i + 1;
        this.lastWasCr = false;
      } else if (c === 13) {
        lines.push(this.partial + text.slice(start, i));
        this.partial = "";
        start = i + 1;
        this.lastWasCr = true;
      } else {
        this.lastWasCr = false;
      }
    }
    this.partial += text.slice(start);
    return lines;
  }

  /** The text after the last line end (a prompt, say). */
  get pending(): string {
    return this.partial;
  }
}

export type FrameEvent = { kind: "frame"; lines: string[] } | { kind: "async"; line: string };

export class FrameReader {
  private inFrame = false;
  private current: string[] = [];

  constructor(
    readonly prefix: string,
    readonly suffix: string,
  ) {
    if (prefix === suffix) throw new Error("PREFIX and SUFFIX markers must differ");
  }

  /** Feeds one line; returns what it completed, if anything. */
  push(line: string): FrameEvent | null {
    if (!this.inFrame) {
      if (line === this.prefix) {
        this.inFrame = true;
        this.current = [];
        return null;
      }
      return { kind: "async", line };
    }
    if (line === this.suffix) {
      this.inFrame = false;
      const lines = this.current;
      this.current = [];
      return { kind: "frame", lines };
    }
    this.current.push(line);
    return null;
  }

  get open(): boolean {
    return this.inFrame;
  }
}

/** Fills `{name}`-style placeholders; unknown names are left as they are. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}
