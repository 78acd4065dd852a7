/**
 * The one-call entry points for a typed line: split into compound commands, parse each, resolve objects.
 */
import { UserError } from "../core/errors.js";
import type { ObjId } from "../core/ids.js";
import { type CommandOptions, type ParsedCommand, parseCommand } from "./command.js";
import { splitCommands } from "./compound.js";
import type { MatchEnv } from "./match-env.js";
import { type ResolvedCommand, resolveCommand } from "./resolve.js";

export interface ParseOptions extends CommandOptions {
  /** The most commands one line may hold (default {@link MAX_COMMANDS_PER_LINE}). */
  maxCommands?: number;
}

/** Default limit on compound commands per line: each runs as a full command, so the line is bounded. */
export const MAX_COMMANDS_PER_LINE = 20;

/**
 * Splits a line into its commands and parses each, without looking at the world. A blank line gives [].
 * The whole line is checked first, so a bad fragment fails the line before anything runs.
 * @throws UserError "Unmatched quote in command." / "I don't understand that." / "Too many commands on one
 *   line (at most 20)." (nothing else, for any input)
 */
export function parseCommands(line: string, options: ParseOptions = {}): ParsedCommand[] {
  const commands: ParsedCommand[] = [];
  const texts = splitCommands(line, options);
  const max = options.maxCommands ?? MAX_COMMANDS_PER_LINE;
  if (texts.length > max) throw new UserError(`Too many commands on one line (at most ${max}).`, "E_PARSE");
  for (const text of texts) {
    const command = parseCommand(text, options);
    if (command) commands.push(command);
  }
  return commands;
}

/**
 * Lexes, splits, parses and resolves a whole line for `player`: one {@link ResolvedCommand} per command,
 * each ready for `dispatch`. Object resolution sees the world as it is now; when earlier commands of the
 * line change the world, call `parseCommands` once and `resolveCommand` just before running each one.
 * @throws the same UserErrors as {@link parseCommands} (nothing else, for any input)
 */
export function parseLine(line: string, env: MatchEnv, player: ObjId, options: ParseOptions = {}): ResolvedCommand[] {
  return parseCommands(line, options).map((command) => resolveCommand(command, env, player));
}
