/**
 * Splits a command line into words. Quoting rules (see README.md):
 *
 * - Words are separated by whitespace.
 * - `"` opens a quoted span anywhere in a word and the next unescaped `"` closes it; the word goes on
 *   after the closing quote (`foo"bar baz"` is the one word `foobar baz`, as in LambdaMOO). A `"` that is
 *   never closed is an unmatched quote.
 * - `'` opens a quoted span only at the start of a word, and only if a later `'` ends a word (is followed
 *   by whitespace, the end of the line or one of `; , . ! ? ) ] }`). Any other `'` is an ordinary
 *   character, so `Bill's`, `don't`, `boys'` and `'tis` are plain words and `'` never causes an error.
 * - A backslash before a quote, a backslash or whitespace makes it literal, inside or outside quotes
 *   (`\"`, `\'`, `\\`, `\ `). Before anything else it stays as it is, so `"line 1\nline 2"` reaches the
 *   verb with its `\n` intact (verbs such as `@edit … with "…"` interpret those themselves).
 * - Quotes are stripped. A word with any quoted or escaped part is marked `quoted`: it is never read as a
 *   preposition or as the compound separator `then`.
 */
import { UserError } from "../core/errors.js";

export const UNMATCHED_QUOTE = "Unmatched quote in command.";

/** A word of the line, with where it came from. */
export interface Token {
  /** The word with quotes removed and escapes resolved. */
  text: string;
  /** Offset of the word's first raw character in the scanned line. */
  start: number;
  /** Offset just past the word's last raw character. */
  end: number;
  /** True when any part of the word was quoted or escaped. */
  quoted: boolean;
  /** Bracket depth (`(`, `[`, `{` outside quotes) before the word. */
  depth: number;
  /** True for a compound-command `;` separator (only when scanning with `semicolons`). */
  separator: boolean;
}

export interface ScanOptions {
  /**
   * Emit a separator token for `;` outside quotes and brackets when it is followed by whitespace and
   * then a letter or `@` (used by compound-command splitting).
   */
  semicolons?: boolean;
}

export interface ScanResult {
  tokens: Token[];
  /** True when a `"` was never closed; the span then runs to the end of the line. */
  unmatchedQuote: boolean;
}

const CLOSE_SINGLE_FOLLOWERS = new Set([";", ",", ".", "!", "?", ")", "]", "}"]);

/** Whether a character is whitespace. */
export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(c);
}

/**
 * Offsets of every `'` that can close a single-quoted span: not escaped (an even number of backslashes
 * before it) and followed by whitespace, the end of the line or closing punctuation. Ascending.
 */
function singleQuoteClosers(line: string): number[] {
  const closers: number[] = [];
  let backslashes = 0;
  for (let j = 0; j < line.length; j++) {
    const c = line[j];
    if (c === "'" && backslashes % 2 === 0) {
      const next = line[j + 1];
      if (next === undefined || isSpace(next) || CLOSE_SINGLE_FOLLOWERS.has(next)) closers.push(j);
    }
    backslashes = c === "\\" ? backslashes + 1 : 0;
  }
  return closers;
}

/** The first closer after `open`, or -1 (binary search). */
function firstAfter(closers: readonly number[], open: number): number {
  let lo = 0;
  let hi = closers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (closers[mid]! > open) hi = mid;
    else lo = mid + 1;
  }
  return closers[lo] ?? -1;
}

/** Whether `line[i]` is followed by at least one whitespace character and then a letter or `@`. */
function separatorFollows(line: string, i: number): boolean {
  let j = i + 1;
  if (!isSpace(line[j])) return false;
  while (isSpace(line[j])) j++;
  const c = line[j];
  return c !== undefined && /[\p{L}@]/u.test(c);
}

/** Whether a backslash before `c` is an escape (else the backslash is an ordinary character). */
function escapable(c: string | undefined): boolean {
  return c === '"' || c === "'" || c === "\\" || isSpace(c);
}

/** Resolves backslash escapes in `line[from, to)`. */
function resolveEscapes(line: string, from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i++) {
    const c = line[i]!;
    if (c === "\\" && i + 1 < to && escapable(line[i + 1])) {
      out += line[i + 1];
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * Scans a line into tokens without ever throwing: an unmatched `"` runs to the end of the line and is
 * reported in the result. Offsets refer to `line`.
 */
export function scanTokens(line: string, options: ScanOptions = {}): ScanResult {
  const tokens: Token[] = [];
  const n = line.length;
  let unmatchedQuote = false;
  let depth = 0;
  let closers: number[] | undefined;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(line[i])) i++;
    if (i >= n) break;
    const start = i;
    const startDepth = depth;
    let text = "";
    let quoted = false;
    let separatorAt = -1;
    while (i < n && !isSpace(line[i])) {
      const c = line[i]!;
      if (c === "\\" && escapable(line[i + 1])) {
        quoted = true;
        text += line[i + 1];
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = true;
        i++;
        for (;;) {
          if (i >= n) {
            unmatchedQuote = true;
            break;
          }
          const q = line[i]!;
          if (q === "\\" && escapable(line[i + 1])) {
            text += line[i + 1];
            i += 2;
          } else if (q === '"') {
            i++;
            break;
          } else {
            text += q;
            i++;
          }
        }
        continue;
      }
      if (c === "'" && i === start) {
        closers ??= singleQuoteClosers(line);
        const close = firstAfter(closers, i);
        if (close >= 0) {
          quoted = true;
          text += resolveEscapes(line, i + 1, close);
          i = close + 1;
          continue;
        }
      }
      if (c === ";" && options.semicolons && depth === 0 && separatorFollows(line, i)) {
        separatorAt = i;
        i++;
        break;
      }
      if (c === "(" || c === "[" || c === "{") depth++;
      else if ((c === ")" || c === "]" || c === "}") && depth > 0) depth--;
      text += c;
      i++;
    }
    const end = separatorAt >= 0 ? separatorAt : i;
    if (end > start) tokens.push({ text, start, end, quoted, depth: startDepth, separator: false });
    if (separatorAt >= 0) {
      tokens.push({ text: ";", start: separatorAt, end: separatorAt + 1, quoted: false, depth, separator: true });
    }
  }
  return { tokens, unmatchedQuote };
}

/**
 * Splits a line into words (quotes stripped, escapes resolved).
 * @throws UserError "Unmatched quote in command." when a `"` is never closed, unless `lenient`.
 */
export function lexWords(line: string, lenient = false): string[] {
  return lexTokens(line, lenient).map((t) => t.text);
}

/**
 * Like {@link lexWords} but keeps each word's offsets and quoted flag.
 * @throws UserError "Unmatched quote in command." when a `"` is never closed, unless `lenient`.
 */
export function lexTokens(line: string, lenient = false): Token[] {
  const { tokens, unmatchedQuote } = scanTokens(line);
  if (unmatchedQuote && !lenient) throw new UserError(UNMATCHED_QUOTE, "E_PARSE");
  return tokens;
}
