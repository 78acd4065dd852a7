/**
 * Compound commands: one typed line may hold several commands, run one after another.
 *
 * Separators (outside quotes and brackets):
 * - the standalone word `then`, any case (`get ball then drop it`);
 * - `;` followed by whitespace and then a letter or `@` (`get ball; drop ball`).
 *
 * Not separators: `.` and `,` (the reference also splits on them, which breaks `say Hello, world` and
 * `emote waves. Then smiles`), `;` without following whitespace (`;code`, `a;b`), a quoted `"then"` or
 * anything inside `( [ {`.
 *
 * A command that starts with a free-text verb (`say`, `emote`, `@eval`, or the `"`/`:`/`;` shortcuts)
 * takes the whole rest of the line: `north then say see you then; bye` is `north` and
 * `say see you then; bye`.
 */
import { type CommandOptions, startsFreeText } from "./command.js";
import { scanTokens } from "./lexer.js";

/**
 * Splits a line into command texts (trimmed, never empty). Never throws: quoting errors are reported
 * when each command is parsed.
 */
export function splitCommands(line: string, options: CommandOptions = {}): string[] {
  // `; code` (eval with a space after the shortcut) is one free-text command, not a separator.
  const start = line.trimStart();
  if (start.startsWith(";") && startsFreeText(";", start.split(/\s/, 1)[0] ?? ";", options)) return [start.trimEnd()];
  const { tokens } = scanTokens(line, { semicolons: true });
  const commands: string[] = [];
  let first = -1; // index of the current command's first token
  let last = -1; // index of its last token
  const flush = () => {
    if (first >= 0) commands.push(line.slice(tokens[first]!.start, tokens[last]!.end).trim());
    first = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const isThen = !token.quoted && token.depth === 0 && token.text.toLowerCase() === "then";
    if (token.separator && first < 0 && line[token.start] === ";") {
      // A `;` where a command starts is the eval shortcut (`north then ; code`): it takes the rest.
      commands.push(line.slice(token.start).trim());
      return commands;
    }
    if (token.separator || isThen) {
      flush();
      continue;
    }
    if (first < 0) {
      if (startsFreeText(line[token.start]!, token.text, options)) {
        commands.push(line.slice(token.start).trim());
        return commands;
      }
      first = i;
    }
    last = i;
  }
  flush();
  return commands;
}
