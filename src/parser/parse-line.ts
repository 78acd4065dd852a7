/**
 * The one-call entry points for a typed line: split into compound commands, parse each, resolve objects.
 */
import type { ObjId } from "../core/ids.js";
import { type CommandOptions, type ParsedCommand, parseCommand } from "./command.js";
import { splitCommands } from "./compound.js";
import type { MatchEnv } from "./match-env.js";
import { type ResolvedCommand, resolveCommand } from "./resolve.js";

export type ParseOptions = CommandOptions;

/**
 * Splits a line into its commands and parses each, without looking at the world. A blank line gives [].
 * The whole line is checked first, so a bad fragment fails the line before anything runs.
 * @throws UserError "Unmatched quote in command." / "I don't understand that." (nothing else, for any input)
 */
export function parseCommands(line: string, options: ParseOptions = {}): ParsedCommand[] {
  const commands: ParsedCommand[] = [];
  for (const text of splitCommands(line, options)) {
    const command = parseCommand(text, options);
    if (command) commands.push(command);
  }
  return commands;
}

/**
 * Lexes, splits, parses and resolves a whole line for `player`: one {@link ResolvedCommand} per command,
 * each ready for `dispatch`. Object resolution sees the world as it is now; when earlier commands of the
 * line change the world, call `parseCommands` once and `resolveCommand` just before running each one.
 * @throws UserError "Unmatched quote in command." / "I don't understand that." (nothing else, for any input)
 */
export function parseLine(line: string, env: MatchEnv, player: ObjId, options: ParseOptions = {}): ResolvedCommand[] {
  return parseCommands(line, options).map((command) => resolveCommand(command, env, player));
}
