/**
 * Turns one command (one fragment of a line) into a {@link ParsedCommand}: verb word, words, raw argstr,
 * the direct-object string and the prepositional phrases. No world access.
 */
import { UserError } from "../core/errors.js";
import { lexTokens, scanTokens, type Token } from "./lexer.js";
import { matchPrepAt } from "./prepositions.js";

/** One prepositional phrase: `in the box` → `{ prep: "in", prepstr: "in", objstr: "the box" }`. */
export interface PrepPhrase {
  /** Canonical preposition (`into` → `in`, `on top of` → `on`). */
  prep: string;
  /** The preposition as typed (`on top of`), words joined by single spaces. */
  prepstr: string;
  /** The object string that follows it (never empty: a bare preposition is discarded). */
  objstr: string;
}

export interface ParsedCommand {
  /** The verb word as typed (`say` for the `"` shortcut, `emote` for `:`, `@eval` for `;`). */
  verb: string;
  /** All words after the verb, unquoted (LambdaMOO `args`). */
  words: string[];
  /** The raw text after the verb word, leading whitespace removed, quotes kept (LambdaMOO `argstr`). */
  argstr: string;
  /** Words between the verb and the first preposition, joined by single spaces; "" if none. */
  dobjstr: string;
  /** Every prepositional phrase, in typed order (the same preposition may occur twice). */
  phrases: PrepPhrase[];
  /** LambdaMOO-compatible view of the first phrase: canonical prep, or "" when there is none. */
  prep: string;
  /** The first phrase's preposition as typed, or "". */
  prepstr: string;
  /** The first phrase's object string, or "". */
  iobjstr: string;
  /** Every canonical preposition typed, including bare ones that were discarded (`take coin from under rug`). */
  typedPreps: string[];
  /** True for the `;code` form: argstr is the code, untouched; no prepositions are looked for. */
  raw: boolean;
}

/** The verbs whose text is free-form by default: never split into compound commands, lexed leniently. */
export const DEFAULT_FREE_TEXT_VERBS: readonly string[] = ["say", "emote", "@eval"];

export interface CommandOptions {
  /**
   * Verbs whose argument text is free-form: an unmatched `"` in their text is taken literally and the
   * rest of the line is never split into compound commands. Default {@link DEFAULT_FREE_TEXT_VERBS}.
   */
  freeTextVerbs?: readonly string[];
}

/** The word that a special first character stands for. */
export const SHORTCUTS: Readonly<Record<string, string>> = { '"': "say", ":": "emote", ";": "@eval" };

export const DONT_UNDERSTAND = "I don't understand that.";

/**
 * Whether a command whose first raw character is `firstChar` and whose first word is `firstWord` is free
 * text: a shortcut (`"`, `:`, `;`) or a free-text verb (see {@link CommandOptions}).
 */
export function startsFreeText(firstChar: string, firstWord: string, options: CommandOptions = {}): boolean {
  if (firstChar in SHORTCUTS) return true;
  const verbs = options.freeTextVerbs ?? DEFAULT_FREE_TEXT_VERBS;
  const word = firstWord.toLowerCase();
  return verbs.some((v) => v.toLowerCase() === word);
}

/** Splits the words after the verb into the direct-object string and prepositional phrases. */
export function splitPhrases(tokens: readonly Token[]): {
  dobjstr: string;
  phrases: PrepPhrase[];
  typedPreps: string[];
} {
  const words = tokens.map((t) => t.text);
  const eligible = (i: number) => !tokens[i]!.quoted;
  const dobjWords: string[] = [];
  const phrases: { prep: string; prepstr: string; objWords: string[] }[] = [];
  let current: (typeof phrases)[number] | null = null;
  for (let i = 0; i < words.length; ) {
    const match = matchPrepAt(words, i, eligible);
    if (match) {
      current = { prep: match.prep, prepstr: words.slice(i, i + match.length).join(" "), objWords: [] };
      phrases.push(current);
      i += match.length;
      continue;
    }
    (current ? current.objWords : dobjWords).push(words[i]!);
    i++;
  }
  return {
    dobjstr: dobjWords.join(" "),
    typedPreps: phrases.map((p) => p.prep),
    phrases: phrases
      .map((p) => ({ prep: p.prep, prepstr: p.prepstr, objstr: p.objWords.join(" ") }))
      .filter((p) => p.objstr !== ""),
  };
}

function build(verb: string, argstr: string, tokens: readonly Token[], raw: boolean): ParsedCommand {
  const { dobjstr, phrases, typedPreps } = raw
    ? { dobjstr: argstr, phrases: [], typedPreps: [] }
    : splitPhrases(tokens);
  const first = phrases[0];
  return {
    verb,
    words: tokens.map((t) => t.text),
    argstr,
    dobjstr,
    phrases,
    prep: first?.prep ?? "",
    prepstr: first?.prepstr ?? "",
    iobjstr: first?.objstr ?? "",
    typedPreps,
    raw,
  };
}

/**
 * Parses one command (not a compound line: see `splitCommands`). Returns null for a blank command.
 * - `"text` → `say`, `:text` → `emote` (argstr `text`, words lexed leniently);
 * - `;code` → `@eval` with argstr and dobjstr the code exactly as typed, never unquoted or split;
 * - anything else: the first word is the verb and the rest is lexed (leniently for free-text verbs).
 * @throws UserError "Unmatched quote in command." for an unclosed `"` outside free text;
 *   UserError "I don't understand that." when the verb word is empty (`'' foo`).
 */
export function parseCommand(text: string, options: CommandOptions = {}): ParsedCommand | null {
  const line = text.trim();
  if (line === "") return null;
  const shortcut = SHORTCUTS[line[0]!];
  if (shortcut !== undefined) {
    const argstr = line.slice(1).trimStart();
    return build(shortcut, argstr, scanTokens(argstr).tokens, shortcut === "@eval");
  }
  const firstWord = scanTokens(line).tokens[0]!;
  const lenient = startsFreeText(line[0]!, firstWord.text, options);
  const tokens = lexTokens(line, lenient);
  const verbToken = tokens[0]!;
  if (verbToken.text === "") throw new UserError(DONT_UNDERSTAND, "E_PARSE");
  return build(verbToken.text, line.slice(verbToken.end).trimStart(), tokens.slice(1), false);
}
