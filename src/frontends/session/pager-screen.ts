/**
 * The rich-mode pager for long output, with less-like keys:
 * q/Q/Esc quit; Space/PgDn/f next page; b/PgUp previous page; Enter/j/Down one line down; k/Up one
 * line up; g/Home top; G/End bottom; `/` search (typed on the status line, Enter to find, Esc to
 * cancel); n/N next/previous match.
 */
import { ansi } from "./ansi.js";
import { fit } from "./editor-screen.js";
import type { FullScreenView, ScreenSize } from "./full-screen-view.js";
import type { Key } from "./key-decoder.js";
import { layoutText, type ScreenLine } from "./styled-lines.js";

export interface PagerScreenOptions {
  title?: string;
  content: string;
  /** Render markup (text) or show literally (source code, JSON). */
  markup: boolean;
  size: ScreenSize;
  onDone: () => void;
}

export class PagerScreen implements FullScreenView {
  private lines: ScreenLine[];
  private top = 0;
  private size: ScreenSize;
  private search: string | null = null;
  private lastSearch = "";
  private message = "";
  private done = false;

  constructor(private readonly options: PagerScreenOptions) {
    this.size = { ...options.size };
    this.lines = layoutText(options.content, this.size.cols, options.markup);
  }

  get finished(): boolean {
    return this.done;
  }

  open(): string {
    return ansi.enterAltScreen + this.draw();
  }

  resize(cols: number, rows: number): string {
    this.size = { cols, rows };
    this.lines = layoutText(this.options.content, cols, this.options.markup);
    return this.draw();
  }

  handleKey(key: Key): string {
    if (this.done) return "";
    this.message = "";
    if (this.search !== null) return this.handleSearchKey(key);
    const page = this.pageRows();
    const ch = key.name === "char" ? (key.ch ?? "") : "";
    if (ch === "q" || ch === "Q" || key.name === "escape" || (key.name === "ctrl" && key.ch === "c")) {
      this.done = true;
      this.options.onDone();
      return ansi.leaveAltScreen;
    }
    if (ch === " " || ch === "f" || key.name === "pagedown" || (key.name === "ctrl" && key.ch === "f")) {
      this.scrollTo(this.top + page);
    } else if (ch === "b" || key.name === "pageup" || (key.name === "ctrl" && key.ch === "b")) {
      this.scrollTo(this.top - page);
    } else if (ch === "j" || key.name === "enter" || key.name === "down") {
      this.scrollTo(this.top + 1);
    } else if (ch === "k" || key.name === "up") {
      this.scrollTo(this.top - 1);
    } else if (ch === "g" || ch === "<" || key.name === "home") {
      this.scrollTo(0);
    } else if (ch === "G" || ch === ">" || key.name === "end") {
      this.scrollTo(this.lines.length);
    } else if (ch === "/") {
      this.search = "";
    } else if (ch === "n") {
      this.find(this.lastSearch, 1);
    } else if (ch === "N") {
      this.find(this.lastSearch, -1);
    }
    return this.draw();
  }

  private handleSearchKey(key: Key): string {
    const text = this.search ?? "";
    if (key.name === "enter") {
      this.search = null;
      if (text !== "") this.lastSearch = text;
      this.find(this.lastSearch, 1);
    } else if (key.name === "escape" || (key.name === "ctrl" && key.ch === "c")) {
      this.search = null;
    } else if (key.name === "backspace") {
      this.search = Array.from(text).slice(0, -1).join("");
    } else if (key.name === "char" && !key.alt) {
      this.search = text + (key.ch ?? "");
    }
    return this.draw();
  }

  private find(term: string, direction: 1 | -1): void {
    if (term === "") return;
    const needle = term.toLowerCase();
    for (let i = this.top + direction; i >= 0 && i < this.lines.length; i += direction) {
      if (this.lines[i]!.plain.toLowerCase().includes(needle)) {
        this.top = i;
        return;
      }
    }
    this.message = `Pattern not found: ${term}`;
  }

  private pageRows(): number {
    return Math.max(1, this.size.rows - 1);
  }

  private scrollTo(top: number): void {
    this.top = Math.max(0, Math.min(top, Math.max(0, this.lines.length - this.pageRows())));
  }

  private draw(): string {
    const { cols, rows } = this.size;
    const page = this.pageRows();
    let out = ansi.hideCursor;
    for (let r = 0; r < page; r++) {
      const line = this.lines[this.top + r];
      out += ansi.moveTo(r + 1, 1) + ansi.clearLine + (line ? line.ansi : "");
    }
    const last = Math.min(this.lines.length, this.top + page);
    const percent = this.lines.length === 0 ? 100 : Math.round((last / this.lines.length) * 100);
    const where = last >= this.lines.length ? "(END)" : `${percent}%`;
    let status: string;
    if (this.search !== null) status = `/${this.search}`;
    else if (this.message !== "") status = ` ${this.message}`;
    else
      status = ` ${this.options.title ? `${this.options.title}  ` : ""}lines ${this.top + 1}-${last}/${this.lines.length} ${where}  q quit, space next, b back, / search`;
    out += ansi.moveTo(rows, 1) + ansi.reverse + fit(status, cols) + ansi.reset;
    if (this.search !== null) out += ansi.moveTo(rows, Math.min(cols, Array.from(status).length + 1)) + ansi.showCursor;
    return out;
  }

  /** Number of screen lines the content takes at the current width. */
  get lineCount(): number {
    return this.lines.length;
  }
}
