/**
 * What a terminal session needs from the connection under it (an SSH channel, a telnet socket, a
 * WebSocket). Only `write` and `close` are required; the optional hooks are telnet features.
 */
export interface SessionTransport {
  /** Sends text to the client (encoded as UTF-8). Line ends are already CRLF. */
  write(text: string): void;
  /** Closes the connection after pending output is sent. */
  close(): void;
  /** A prompt point was reached (telnet: IAC EOR or IAC GA). */
  promptReady?(): void;
  /** Asks the client to stop (`false`) or resume (`true`) echoing what it sends (telnet ECHO). */
  setLocalEcho?(on: boolean): void;
  /** Sends a GMCP message when the client negotiated GMCP; returns false when it did not. */
  sendGmcp?(module: string, data: unknown): boolean;
  /** True when the client announced the GMCP package (e.g. `Editor`) with Core.Supports. */
  supportsGmcp?(pkg: string): boolean;
}
