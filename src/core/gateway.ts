/**
 * The only door front-ends (SSH, telnet, web) use to reach the game. The tasks layer implements
 * it; front-ends never import storage, world or runtime. Everything here is plain data so that a
 * front-end can later run in another process.
 */
import type { ObjId } from "./ids.js";

/** What a player's screen receives. Text uses the markup described in docs/markup.md. */
export type SessionEvent =
  | { type: "output"; text: string; kind?: OutputKind }
  | { type: "editor"; id: string; title: string; content: string; contentType: ContentType }
  | { type: "pager"; title?: string; content: string; contentType: ContentType }
  | { type: "input"; id: string; prompt: string; password: boolean }
  | { type: "gmcp"; module: string; data: unknown }
  | { type: "setting"; key: string; value: unknown }
  | { type: "disconnect"; reason?: string };

export type OutputKind = "text" | "say" | "emote" | "page" | "whisper" | "system" | "error";
export type ContentType = "text" | "typescript" | "json";

export interface AccountInfo {
  accountId: number;
  login: string;
  avatar: ObjId;
  avatarName: string;
  wizard: boolean;
  programmer: boolean;
  builder: boolean;
}

export type LoginResult = { ok: true; account: AccountInfo } | { ok: false; message: string };

export interface ConnectionInfo {
  protocol: "ssh" | "telnet" | "web";
  remote: string;
  /** "rich" = a line editor with ANSI; "raw" = plain lines for MUD clients and bots. */
  mode: "rich" | "raw";
  terminalWidth?: number;
}

export interface CommandResult {
  /** Everything the command produced for this connection, in order (printed after commit). */
  events: SessionEvent[];
  /** 0 = success, 1 = the command failed (its writes were rolled back). */
  status: 0 | 1;
}

export interface SessionHandle {
  readonly id: string;
  readonly account: AccountInfo;
  /** Runs one line typed by the player as a task; resolves after commit (or rollback). */
  command(line: string): Promise<CommandResult>;
  /** Answers an `editor` or `input` event: the text, or null when the player cancelled. */
  respond(eventId: string, text: string | null): Promise<CommandResult>;
  /** Words to complete `prefix` with (verb and object names visible to the player). */
  completions(prefix: string): Promise<string[]>;
  /** Ends the session (runs the disconnect hooks). Idempotent. */
  close(reason?: string): Promise<void>;
}

export interface Gateway {
  login(login: string, password: string): Promise<LoginResult>;
  /** The account's registered public keys (OpenSSH one-line format), or [] if none/unknown. */
  publicKeys(login: string): Promise<string[]>;
  /** Looks the account up after a successful public-key authentication. */
  loginByKey(login: string): Promise<LoginResult>;
  /** Opens a session for a logged-in account. `sink` receives events not tied to a command. */
  openSession(account: AccountInfo, info: ConnectionInfo, sink: (event: SessionEvent) => void): Promise<SessionHandle>;
}
