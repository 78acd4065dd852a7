/**
 * Lays marked-up or plain text out as screen lines of at most `width` columns, each line carrying its
 * own ANSI styles (so any line can be drawn on its own, as the pager does when scrolling).
 */
import { parseMarkup, type StyledSpan, sanitizeText, spansToAnsi } from "./markup.js";
import { charWidth } from "./text-width.js";

export interface ScreenLine {
  /** The line with ANSI styles, ready to draw. */
  ansi: string;
  /** The same line without styles (for searching). */
  plain: string;
}

/** Wraps styled spans at `width` columns; `\n` starts a new line, tabs become spaces. */
export function wrapSpans(spans: readonly StyledSpan[], width: number): ScreenLine[] {
  const lines: ScreenLine[] = [];
  let current: StyledSpan[] = [];
  let col = 0;
  const endLine = (): void => {
    lines.push({ ansi: spansToAnsi(current), plain: current.map((s) => s.text).join("") });
    current = [];
    col = 0;
  };
  const add = (ch: string, sgr: string): void => {
    const last = current[current.length - 1];
    if (last && last.sgr === sgr) last.text += ch;
    else current.push({ text: ch, sgr });
  };
  for (const span of spans) {
    for (const raw of span.text) {
      if (raw === "\n") {
        endLine();
        continue;
      }
      const ch = raw === "\t" ? "    " : raw;
      const w = raw === "\t" ? 4 : charWidth(raw);
      if (col + w > width && col > 0) endLine();
      add(ch, span.sgr);
      col += w;
    }
  }
  endLine();
  return lines;
}

/** Lays out text: markup is rendered when `markup`, otherwise the text is shown literally. */
export function layoutText(text: string, width: number, markup: boolean): ScreenLine[] {
  const spans = markup ? parseMarkup(text) : [{ text: sanitizeText(text), sgr: "" }];
  return wrapSpans(spans, Math.max(1, width));
}
