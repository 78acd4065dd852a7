/**
 * The rich-mode full-screen text editor used for verb source and long text (`@edit`, `@describe`
 * without text). A title bar, the text, and a status line with the keys:
 * Ctrl-S asks "Save changes? [Y]es / [N]o"; Ctrl-Q, Ctrl-C or Ctrl-X ask "Discard changes and exit?"
 * (or exit at once when nothing changed); Y confirms, N or Esc returns to editing. Enter keeps the
 * indentation of the line above; Tab inserts two spaces; Ctrl-K cuts the line and Ctrl-U pastes it.
 */
import { ansi, CSI } from "./ansi.js";
import type { FullScreenView, ScreenSize } from "./full-screen-view.js";
import type { Key } from "./key-decoder.js";
import { sanitizeText } from "./markup.js";
import { charWidth, textWidth } from "./text-width.js";

export interface EditorScreenOptions {
  title: string;
  content: string;
  size: ScreenSize;
  /** Called once: the new text on save, null on abort. */
  onDone: (text: string | null) => void;
}

const TAB_WIDTH = 4;

function cellWidth(ch: string): number {
  return ch === "\t" ? TAB_WIDTH : charWidth(ch);
}

export class EditorScreen implements FullScreenView {
  private lines: string[][];
  private row = 0;
  private col = 0;
  private top = 0;
  private left = 0;
  private size: ScreenSize;
  private modified = false;
  private confirm: "save" | "discard" | null = null;
  private clipboard: string[][] = [];
  private done = false;

  constructor(private readonly options: EditorScreenOptions) {
    const text = sanitizeText(options.content.replace(/\r\n?/g, "\n"));
    this.lines = text.split("\n").map((l) => Array.from(l));
    this.size = { ...options.size };
  }

  get finished(): boolean {
    return this.done;
  }

  /** The text as it is now. */
  get text(): string {
    return this.lines.map((l) => l.join("")).join("\n");
  }

  open(): string {
    return ansi.enterAltScreen + this.draw();
  }

  resize(cols: number, rows: number): string {
    this.size = { cols, rows };
    return this.draw();
  }

  handleKey(key: Key): string {
    if (this.done) return "";
    if (this.confirm !== null) return this.handleConfirm(key);
    this.edit(key);
    if (this.done) return ansi.leaveAltScreen;
    return this.draw();
  }

  private handleConfirm(key: Key): string {
    const answer = key.name === "char" ? (key.ch ?? "").toLowerCase() : "";
    if (answer === "y") {
      const saving = this.confirm === "save";
      this.finish(saving ? this.text : null);
      return ansi.leaveAltScreen;
    }
    if (answer === "n" || key.name === "escape" || (key.name === "ctrl" && key.ch === "c")) this.confirm = null;
    return this.draw();
  }

  private finish(result: string | null): void {
    this.done = true;
    this.options.onDone(result);
  }

  private edit(key: Key): void {
    const line = this.lines[this.row]!;
    switch (key.name) {
      case "char":
        if (!key.alt) this.insert(key.ch ?? "");
        return;
      case "tab":
        this.insert("  ");
        return;
      case "enter": {
        let indentEnd = 0;
        while (indentEnd < this.col && (line[indentEnd] === " " || line[indentEnd] === "\t")) indentEnd++;
        const indent = line.slice(0, indentEnd);
        const rest = line.splice(this.col);
        this.lines.splice(this.row + 1, 0, [...indent, ...rest]);
        this.row++;
        this.col = indent.length;
        this.modified = true;
        return;
      }
      case "backspace":
        if (this.col > 0) {
          line.splice(--this.col, 1);
          this.modified = true;
        } else if (this.row > 0) {
          const prev = this.lines[this.row - 1]!;
          this.col = prev.length;
          prev.push(...line);
          this.lines.splice(this.row, 1);
          this.row--;
          this.modified = true;
        }
        return;
      case "delete":
        if (this.col < line.length) line.splice(this.col, 1);
        else if (this.row < this.lines.length - 1) line.push(...this.lines.splice(this.row + 1, 1)[0]!);
        else return;
        this.modified = true;
        return;
      case "left":
        if (this.col > 0) this.col--;
        else if (this.row > 0) this.col = this.lines[--this.row]!.length;
        return;
      case "right":
        if (this.col < line.length) this.col++;
        else if (this.row < this.lines.length - 1) {
          this.row++;
          this.col = 0;
        }
        return;
      case "up":
        this.moveRow(-1);
        return;
      case "down":
        this.moveRow(1);
        return;
      case "pageup":
        this.moveRow(-this.textRows());
        return;
      case "pagedown":
        this.moveRow(this.textRows());
        return;
      case "home":
        this.col = 0;
        return;
      case "end":
        this.col = line.length;
        return;
      case "ctrl":
        this.ctrlKey(key.ch ?? "");
        return;
      default:
        return;
    }
  }

  private ctrlKey(ch: string): void {
    switch (ch) {
      case "s":
        this.confirm = "save";
        return;
      case "q":
      case "c":
      case "x":
        if (this.modified) this.confirm = "discard";
        else this.finish(null);
        return;
      case "a":
        this.col = 0;
        return;
      case "e":
        this.col = this.lines[this.row]!.length;
        return;
      case "k":
        this.clipboard = this.lines.length > 1 ? this.lines.splice(this.row, 1) : [this.lines[0]!.splice(0)];
        if (this.row >= this.lines.length) this.row = this.lines.length - 1;
        this.col = 0;
        this.modified = true;
        return;
      case "u":
        if (this.clipboard.length === 0) return;
        this.lines.splice(this.row, 0, ...this.clipboard.map((l) => [...l]));
        this.modified = true;
        return;
      default:
        return;
    }
  }

  private insert(text: string): void {
    const chars = Array.from(text);
    this.lines[this.row]!.splice(this.col, 0, ...chars);
    this.col += chars.length;
    this.modified = true;
  }

  private moveRow(delta: number): void {
    this.row = Math.max(0, Math.min(this.lines.length - 1, this.row + delta));
    this.col = Math.min(this.col, this.lines[this.row]!.length);
  }

  private textRows(): number {
    return Math.max(1, this.size.rows - 2);
  }

  /** Keeps the cursor inside the visible window. */
  private scroll(): void {
    const rows = this.textRows();
    if (this.row < this.top) this.top = this.row;
    if (this.row >= this.top + rows) this.top = this.row - rows + 1;
    const cursorCol = this.columnOf(this.row, this.col);
    const cols = Math.max(1, this.size.cols - 1);
    if (cursorCol < this.left) this.left = Math.max(0, cursorCol - 8);
    if (cursorCol >= this.left + cols) this.left = cursorCol - cols + 8;
  }

  private columnOf(row: number, col: number): number {
    let width = 0;
    const line = this.lines[row]!;
    for (let i = 0; i < col; i++) width += cellWidth(line[i]!);
    return width;
  }

  /** The visible part of a line, from column `left`, at most `cols` columns. */
  private visible(line: readonly string[], cols: number): string {
    let out = "";
    let at = 0;
    for (const ch of line) {
      const w = cellWidth(ch);
      if (at >= this.left && at + w <= this.left + cols) out += ch === "\t" ? " ".repeat(TAB_WIDTH) : ch;
      at += w;
      if (at >= this.left + cols) break;
    }
    return out;
  }

  private draw(): string {
    this.scroll();
    const { cols, rows } = this.size;
    let out = ansi.hideCursor + ansi.moveTo(1, 1);
    const title = ` ${this.options.title}${this.modified ? " (modified)" : ""}`;
    out += ansi.reverse + fit(title, cols) + ansi.reset;
    for (let r = 0; r < this.textRows(); r++) {
      const line = this.lines[this.top + r];
      out += ansi.moveTo(r + 2, 1) + ansi.clearLine;
      if (line) out += this.visible(line, cols);
      else out += `${CSI}2m~${ansi.reset}`;
    }
    const status =
      this.confirm === "save"
        ? " Save changes? [Y]es / [N]o"
        : this.confirm === "discard"
          ? " Discard changes and exit? [Y]es / [N]o"
          : ` ^S save  ^Q quit  ^K cut line  ^U paste   line ${this.row + 1}/${this.lines.length}, col ${this.col + 1}`;
    out += ansi.moveTo(rows, 1) + ansi.reverse + fit(status, cols) + ansi.reset;
    const cursorRow = this.confirm === null ? this.row - this.top + 2 : rows;
    const cursorCol = this.confirm === null ? this.columnOf(this.row, this.col) - this.left + 1 : textWidth(status) + 1;
    out += ansi.moveTo(cursorRow, Math.min(cols, cursorCol)) + ansi.showCursor;
    return out;
  }
}

/** Pads or cuts `text` to exactly `cols` columns. */
export function fit(text: string, cols: number): string {
  let out = "";
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (width + w > cols) break;
    out += ch;
    width += w;
  }
  return out + " ".repeat(Math.max(0, cols - width));
}
