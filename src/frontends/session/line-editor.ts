/**
 * The rich-mode prompt: a one-line editor with cursor movement, word motions, kill/yank, history,
 * tab completion and the `"`/`'`/`:`/`;` shortcuts, rendered with ANSI escapes so that it stays
 * correct when the line wraps. It never writes to the terminal itself: `handleKey` updates the state
 * and `render`/`clear` return the bytes to send, so the session can batch a whole paste into one
 * redraw and print other players' output above the prompt without breaking what is being typed.
 */
import type { Key } from "./key-decoder.js";
import { charWidth, stripAnsi, textWidth } from "./text-width.js";

/** What a key asks the session to do (the editor already updated its own state). */
export type LineEditorResult =
  | { type: "submit"; line: string }
  | { type: "eof" }
  | { type: "interrupt" }
  | { type: "redraw" }
  | { type: "overflow" }
  | { type: "complete"; word: string; version: number };

export interface LineEditorOptions {
  /** The prompt as sent to the terminal (may contain ANSI styles). */
  prompt: string;
  /** Terminal width in columns. */
  width: number;
  /** Longest line accepted; more input drops the line with an `overflow` result. */
  maxLength: number;
  /** Shown instead of each typed character (masked input); also disables history and shortcuts. */
  mask?: string;
  /** Earlier lines, oldest first (Up walks back through them). */
  history?: readonly string[];
  /**
   * Rich-mode shortcuts on an empty line: `"` → `say ""`, `'` → `say ''`, `:` → `emote ""`.
   * `;` stays as typed: `;code` is already the eval command, and quoting it would turn the code into a string.
   */
  shortcuts?: boolean;
}

const SHORTCUTS: Record<string, string> = {
  '"': 'say ""',
  "'": "say ''",
  ":": 'emote ""',
};

const CSI = "\x1b[";

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_@$#-]/u.test(ch);
}

export class LineEditor {
  private chars: string[] = [];
  private cursor = 0;
  private displayed = false;
  /** Row of the terminal cursor relative to the prompt's first row, while displayed. */
  private cursorRow = 0;
  private historyIndex: number;
  private draft: string[] = [];
  private killed = "";
  private version = 0;
  private lastTabVersion = -1;
  /** After an overflow, the rest of the chunk (a paste) is ignored until `endChunk` or Enter. */
  private overflowed = false;
  private readonly history: readonly string[];

  constructor(private readonly options: LineEditorOptions) {
    this.history = options.mask === undefined ? (options.history ?? []) : [];
    this.historyIndex = this.history.length;
  }

  /** The text typed so far. */
  get line(): string {
    return this.chars.join("");
  }

  /** Cursor position in characters. */
  get cursorPosition(): number {
    return this.cursor;
  }

  /** True while the prompt is on screen. */
  get isDisplayed(): boolean {
    return this.displayed;
  }

  /** Changes the width used for wrapping (after a window change). Call `render` afterwards. */
  setWidth(width: number): void {
    this.options.width = Math.max(1, width);
  }

  /** Marks the end of an input chunk: typing works again after an overflow. */
  endChunk(): void {
    this.overflowed = false;
  }

  /** Replaces the line (e.g. for tests or completion) and moves the cursor to its end. */
  setLine(text: string): void {
    this.chars = Array.from(text);
    this.cursor = this.chars.length;
    this.version++;
  }

  /** Applies one key. Returns what the session must do, or null when only a redraw is needed. */
  handleKey(key: Key): LineEditorResult | null {
    const result = this.apply(key);
    if (key.name !== "tab") this.version++;
    return result;
  }

  private apply(key: Key): LineEditorResult | null {
    switch (key.name) {
      case "char":
        if (key.alt) return this.altKey(key.ch ?? "");
        return this.insert(key.ch ?? "");
      case "enter":
        if (this.overflowed) {
          this.overflowed = false;
          return null;
        }
        return { type: "submit", line: this.line };
      case "tab":
        if (this.options.mask !== undefined) return null;
        return { type: "complete", word: this.wordBeforeCursor(), version: this.version };
      case "backspace":
        if (key.alt) this.deleteWordBack();
        else if (this.cursor > 0) this.chars.splice(--this.cursor, 1);
        return null;
      case "delete":
        if (this.cursor < this.chars.length) this.chars.splice(this.cursor, 1);
        return null;
      case "left":
        if (key.ctrl || key.alt) this.cursor = this.wordStartBefore(this.cursor);
        else if (this.cursor > 0) this.cursor--;
        return null;
      case "right":
        if (key.ctrl || key.alt) this.cursor = this.wordEndAfter(this.cursor);
        else if (this.cursor < this.chars.length) this.cursor++;
        return null;
      case "home":
        this.cursor = 0;
        return null;
      case "end":
        this.cursor = this.chars.length;
        return null;
      case "up":
        this.historyStep(-1);
        return null;
      case "down":
        this.historyStep(1);
        return null;
      case "ctrl":
        return this.ctrlKey(key.ch ?? "");
      default:
        return null;
    }
  }

  private ctrlKey(ch: string): LineEditorResult | null {
    switch (ch) {
      case "a":
        this.cursor = 0;
        return null;
      case "e":
        this.cursor = this.chars.length;
        return null;
      case "b":
        return this.apply({ name: "left" });
      case "f":
        return this.apply({ name: "right" });
      case "p":
        this.historyStep(-1);
        return null;
      case "n":
        this.historyStep(1);
        return null;
      case "k":
        this.killed = this.chars.splice(this.cursor).join("");
        return null;
      case "u":
        this.killed = this.chars.splice(0, this.cursor).join("");
        this.cursor = 0;
        return null;
      case "w":
        this.deleteWordBack();
        return null;
      case "y":
        return this.insert(this.killed);
      case "t":
        if (this.cursor > 0 && this.chars.length > 1) {
          const at = this.cursor === this.chars.length ? this.cursor - 1 : this.cursor;
          const prev = this.chars[at - 1]!;
          this.chars[at - 1] = this.chars[at]!;
          this.chars[at] = prev;
          this.cursor = Math.min(at + 1, this.chars.length);
        }
        return null;
      case "d":
        if (this.chars.length === 0) return { type: "eof" };
        return this.apply({ name: "delete" });
      case "c":
        return { type: "interrupt" };
      case "l":
        return { type: "redraw" };
      default:
        return null;
    }
  }

  private altKey(ch: string): LineEditorResult | null {
    if (ch === "b") this.cursor = this.wordStartBefore(this.cursor);
    else if (ch === "f") this.cursor = this.wordEndAfter(this.cursor);
    else if (ch === "d") {
      const end = this.wordEndAfter(this.cursor);
      this.killed = this.chars.splice(this.cursor, end - this.cursor).join("");
    }
    return null;
  }

  private insert(text: string): LineEditorResult | null {
    if (text === "" || this.overflowed) return null;
    if (this.options.shortcuts && this.options.mask === undefined && this.chars.length === 0) {
      const template = SHORTCUTS[text];
      if (template !== undefined) {
        this.chars = Array.from(template);
        this.cursor = this.chars.length - 1;
        return null;
      }
    }
    // Typing the closing quote of a shortcut template steps over it.
    if ((text === '"' || text === "'") && this.chars[this.cursor] === text && this.cursor === this.chars.length - 1) {
      this.cursor++;
      return null;
    }
    const added = Array.from(text);
    if (this.chars.length + added.length > this.options.maxLength) {
      this.chars = [];
      this.cursor = 0;
      this.overflowed = true;
      return { type: "overflow" };
    }
    this.chars.splice(this.cursor, 0, ...added);
    this.cursor += added.length;
    return null;
  }

  private deleteWordBack(): void {
    const start = this.wordStartBefore(this.cursor);
    this.killed = this.chars.splice(start, this.cursor - start).join("");
    this.cursor = start;
  }

  private wordStartBefore(pos: number): number {
    let i = pos;
    while (i > 0 && !isWordChar(this.chars[i - 1])) i--;
    while (i > 0 && isWordChar(this.chars[i - 1])) i--;
    return i;
  }

  private wordEndAfter(pos: number): number {
    let i = pos;
    while (i < this.chars.length && !isWordChar(this.chars[i])) i++;
    while (i < this.chars.length && isWordChar(this.chars[i])) i++;
    return i;
  }

  private wordBeforeCursor(): string {
    let i = this.cursor;
    while (i > 0 && this.chars[i - 1] !== " ") i--;
    return this.chars.slice(i, this.cursor).join("");
  }

  private historyStep(delta: number): void {
    const next = this.historyIndex + delta;
    if (next < 0 || next > this.history.length) return;
    if (this.historyIndex === this.history.length) this.draft = this.chars;
    this.historyIndex = next;
    this.chars = next === this.history.length ? this.draft : Array.from(this.history[next]!);
    this.cursor = this.chars.length;
  }

  /**
   * Applies completion candidates for the `complete` request with `version`. Returns the candidates
   * to list above the prompt (on a second Tab with several matches), or [] when nothing is to list.
   * Ignored when the line changed since the request.
   */
  complete(version: number, word: string, candidates: readonly string[]): string[] {
    if (version !== this.version) return [];
    const lower = word.toLowerCase();
    const matches = [...new Set(candidates.filter((c) => c.toLowerCase().startsWith(lower)))].sort();
    if (matches.length === 0) return [];
    const start = this.cursor - Array.from(word).length;
    let replacement: string;
    if (matches.length === 1) {
      replacement = `${matches[0]} `;
    } else {
      replacement = commonPrefix(matches);
      if (Array.from(replacement).length <= Array.from(word).length) {
        const second = this.lastTabVersion === version;
        this.lastTabVersion = version;
        return second ? matches : [];
      }
    }
    const added = Array.from(replacement);
    if (this.chars.length - (this.cursor - start) + added.length > this.options.maxLength) return [];
    this.chars.splice(start, this.cursor - start, ...added);
    this.cursor = start + added.length;
    this.version++;
    return [];
  }

  /** Marks the prompt as no longer on screen (after the screen was cleared by someone else). */
  forget(): void {
    this.displayed = false;
    this.cursorRow = 0;
  }

  /** Bytes that erase the prompt from the screen (the cursor ends at the start of its first row). */
  clear(): string {
    if (!this.displayed) return "";
    const out = (this.cursorRow > 0 ? `${CSI}${this.cursorRow}A` : "") + `\r${CSI}J`;
    this.displayed = false;
    this.cursorRow = 0;
    return out;
  }

  /** Bytes that (re)draw the prompt and line and put the cursor where it belongs. */
  render(): string {
    const width = this.options.width;
    const shown = this.shownChars();
    const promptWidth = textWidth(stripAnsi(this.options.prompt));
    let out = this.displayed && this.cursorRow > 0 ? `${CSI}${this.cursorRow}A` : "";
    out += `\r${CSI}J${this.options.prompt}${shown.join("")}`;
    const total = promptWidth + widthOf(shown, shown.length);
    const endRow = Math.floor(total / width);
    if (total > 0 && total % width === 0) out += "\r\n";
    const before = promptWidth + widthOf(shown, this.cursor);
    const row = Math.floor(before / width);
    const col = before % width;
    if (endRow > row) out += `${CSI}${endRow - row}A`;
    out += "\r";
    if (col > 0) out += `${CSI}${col}C`;
    this.displayed = true;
    this.cursorRow = row;
    return out;
  }

  /** Bytes that leave the finished line on screen and move to a fresh line below it. */
  finish(): string {
    this.cursor = this.chars.length;
    const out = this.render();
    const shown = this.shownChars();
    const total = textWidth(stripAnsi(this.options.prompt)) + widthOf(shown, shown.length);
    this.displayed = false;
    this.cursorRow = 0;
    return out + (total > 0 && total % this.options.width === 0 ? "\r" : "\r\n");
  }

  private shownChars(): string[] {
    const mask = this.options.mask;
    return mask === undefined ? this.chars : this.chars.map(() => mask);
  }
}

function widthOf(chars: readonly string[], count: number): number {
  let width = 0;
  for (let i = 0; i < count; i++) width += charWidth(chars[i]!);
  return width;
}

function commonPrefix(words: readonly string[]): string {
  let prefix = Array.from(words[0]!);
  for (const word of words.slice(1)) {
    const chars = Array.from(word);
    let i = 0;
    while (i < prefix.length && i < chars.length && prefix[i]!.toLowerCase() === chars[i]!.toLowerCase()) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix.join("");
}
