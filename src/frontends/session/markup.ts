/**
 * The small console markup game text may carry (`[bold]…[/bold]`, `[red on white]…[/]`,
 * `[color(208)]…[/color(208)]`), rendered to ANSI SGR sequences for terminals that want colour and
 * stripped for those that do not.
 *
 * Rules (a subset of Rich console markup):
 * - A tag is `[` + one or more style words + `]`. Words: `bold`/`b`, `dim`/`d`, `italic`/`i`,
 *   `underline`/`u`, `blink`, `reverse`, `strike`/`s`; colours `black red green yellow blue magenta
 *   cyan white`, `bright_<colour>`, `grey`/`gray`, `default`, `color(N)` (0–255), `#rrggbb`;
 *   `on <colour>` sets the background.
 * - `[/]` closes the most recent tag, `[/words]` closes the most recent tag with the same words.
 * - Anything in brackets that is not a valid tag stays as typed (`[1, 2]`, `[sic]`).
 * - `\[` is a literal `[`.
 * - Control characters other than newline and tab are removed, so text from players cannot move the
 *   cursor or change the terminal of whoever reads it.
 */

/** One run of text with the SGR parameters in force (empty string = plain). */
export interface StyledSpan {
  text: string;
  sgr: string;
}

const ESC = "\x1b";
const RESET = `${ESC}[0m`;

const MODIFIERS: Record<string, string> = {
  bold: "1",
  b: "1",
  dim: "2",
  d: "2",
  italic: "3",
  i: "3",
  underline: "4",
  u: "4",
  blink: "5",
  reverse: "7",
  r: "7",
  strike: "9",
  s: "9",
};

const BASIC_COLOURS = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];

/** SGR parameters for a colour word as a foreground, or null when the word is not a colour. */
function foreground(word: string): string | null {
  const basic = BASIC_COLOURS.indexOf(word);
  if (basic >= 0) return String(30 + basic);
  if (word.startsWith("bright_")) {
    const bright = BASIC_COLOURS.indexOf(word.slice("bright_".length));
    if (bright >= 0) return String(90 + bright);
  }
  if (word === "grey" || word === "gray") return "90";
  if (word === "default") return "39";
  const indexed = /^colou?r\((\d{1,3})\)$/.exec(word);
  if (indexed) {
    const n = Number(indexed[1]);
    return n <= 255 ? `38;5;${n}` : null;
  }
  const hex = /^#([0-9a-f]{6})$/.exec(word);
  if (hex) {
    const v = Number.parseInt(hex[1]!, 16);
    return `38;2;${(v >> 16) & 255};${(v >> 8) & 255};${v & 255}`;
  }
  return null;
}

/** The same colour as a background. */
function background(word: string): string | null {
  const fg = foreground(word);
  if (fg === null) return null;
  if (fg.startsWith("38;")) return `48;${fg.slice(3)}`;
  return String(Number(fg) + 10);
}

/** SGR parameters for a tag's words, or null when any word is unknown (then it is not a tag). */
export function styleToSgr(style: string): string | null {
  const words = style.trim().toLowerCase().split(/\s+/);
  if (words.length === 0 || words[0] === "") return null;
  const params: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === "on") {
      const next = words[++i];
      const bg = next === undefined ? null : background(next);
      if (bg === null) return null;
      params.push(bg);
      continue;
    }
    const code = MODIFIERS[word] ?? foreground(word);
    if (code === null) return null;
    params.push(code);
  }
  return params.join(";");
}

/** Removes C0/C1 control characters except newline and tab. */
export function sanitizeText(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, "");
}

const TAG = /\\\[|\[(\/?)([^[\]\n]*)\]/g;

/** Splits marked-up text into styled spans (control characters removed, tags resolved). */
export function parseMarkup(text: string): StyledSpan[] {
  const source = sanitizeText(text);
  const spans: StyledSpan[] = [];
  const stack: { style: string; sgr: string }[] = [];
  const current = (): string =>
    stack
      .map((s) => s.sgr)
      .filter((s) => s !== "")
      .join(";");
  const push = (t: string): void => {
    if (t === "") return;
    const sgr = current();
    const last = spans[spans.length - 1];
    if (last && last.sgr === sgr) last.text += t;
    else spans.push({ text: t, sgr });
  };
  let pos = 0;
  for (const m of source.matchAll(TAG)) {
    const index = m.index ?? 0;
    push(source.slice(pos, index));
    pos = index + m[0].length;
    if (m[0] === "\\[") {
      push("[");
      continue;
    }
    const closing = m[1] === "/";
    const style = (m[2] ?? "").trim().toLowerCase().replace(/\s+/g, " ");
    if (closing) {
      if (style === "" && stack.length > 0) {
        stack.pop();
        continue;
      }
      let found = -1;
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i]!.style === style) {
          found = i;
          break;
        }
      }
      if (found >= 0) stack.splice(found, 1);
      else if (styleToSgr(style) === null) push(m[0]);
      // a closing tag for a known style that is not open is dropped silently
      continue;
    }
    const sgr = styleToSgr(style);
    if (sgr === null) push(m[0]);
    else stack.push({ style, sgr });
  }
  push(source.slice(pos));
  return spans;
}

/** Renders spans as text with ANSI SGR sequences; styles are reset at the end. */
export function spansToAnsi(spans: readonly StyledSpan[]): string {
  let out = "";
  let active = "";
  for (const span of spans) {
    if (span.sgr !== active) {
      out += RESET;
      if (span.sgr !== "") out += `${ESC}[${span.sgr}m`;
      active = span.sgr;
    }
    out += span.text;
  }
  if (active !== "") out += RESET;
  return out;
}

/** Marked-up text → ANSI (when `color`) or plain text (when not). Newlines are kept as `\n`. */
export function renderMarkup(text: string, options: { color: boolean }): string {
  const spans = parseMarkup(text);
  return options.color ? spansToAnsi(spans) : spans.map((s) => s.text).join("");
}

/** Marked-up text → plain text. */
export function stripMarkup(text: string): string {
  return renderMarkup(text, { color: false });
}

/** Escapes `[` so that `text` is shown literally when rendered as markup. */
export function escapeMarkup(text: string): string {
  return text.replace(/\[/g, "\\[");
}
