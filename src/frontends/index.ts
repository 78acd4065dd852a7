/**
 * Front-ends: the protocols players connect with (SSH, telnet, the web: a browser terminal on the
 * session layer, signup, the admin) and the terminal UI they see. They reach the game only through `core/gateway.ts`.
 */
export type { RunningServer } from "./running-server.js";
export { CommandHistory } from "./session/command-history.js";
export { escapeMarkup, renderMarkup, stripMarkup } from "./session/markup.js";
export type { SessionTransport } from "./session/session-transport.js";
export {
  DEFAULT_LIMITS,
  type SessionLimits,
  type TerminalMode,
  TerminalSession,
  type TerminalSessionOptions,
} from "./session/terminal-session.js";
export { chooseMode, type SshServerOptions, startSshServer } from "./ssh/ssh-server.js";
export { startTelnetServer, type TelnetServerOptions } from "./telnet/telnet-server.js";
export { MooMetrics } from "./web/metrics.js";
export { VerbChecker } from "./web/verb-checker.js";
export { buildWebApp, startWebServer, type WebServer, type WebServerOptions } from "./web/web-server.js";
