/**
 * The telnet listener for MUD clients and bots: each TCP connection gets a `TelnetProtocol` (option
 * negotiation, GMCP) and a raw-mode `TerminalSession` that first runs the login dialog
 * ("Login:"/"Password:" or `connect <name> <password>`).
 *
 * Colour: off unless the client reports ANSI support through MTTS (or its terminal type names an
 * ANSI terminal), or the game sends a `color` setting. A client that stops reading is dropped once
 * more than `maxBufferedBytes` of output wait for it.
 */
import net from "node:net";
import type { Gateway } from "../../core/gateway.js";
import type { RunningServer } from "../running-server.js";
import type { CommandHistory } from "../session/command-history.js";
import { type SessionLimits, TerminalSession } from "../session/terminal-session.js";
import { MTTS, type TelnetCapabilities, TelnetProtocol } from "./telnet-protocol.js";

export interface TelnetServerOptions {
  gateway: Gateway;
  host: string;
  /** TCP port; 0 picks a free one (tests), read the real one from the result. */
  port: number;
  history?: CommandHistory;
  limits?: Partial<SessionLimits>;
  /** Server name for MSSP and the welcome line (default "tsmoo"). */
  serverName?: string;
  /** Text shown before the login prompt (markup allowed). */
  welcome?: string;
  /** Extra or overriding MSSP variables. */
  mssp?: () => Record<string, string | string[]>;
  /** Output waiting for a slow client before it is disconnected (default 4 MiB). */
  maxBufferedBytes?: number;
}

const ANSI_TERMINALS = /ansi|xterm|vt1\d\d|linux|screen|tmux|rxvt|mudlet|tintin|mushclient|cmud|zmud|putty/i;

/** True when what a telnet client reported says it understands ANSI colours. */
export function clientWantsColor(caps: TelnetCapabilities): boolean {
  if (caps.mtts !== null) return (caps.mtts & MTTS.ANSI) !== 0;
  return ANSI_TERMINALS.test(caps.terminalType ?? "") || ANSI_TERMINALS.test(caps.clientName ?? "");
}

export async function startTelnetServer(options: TelnetServerOptions): Promise<RunningServer> {
  const sessions = new Set<TerminalSession>();
  const sockets = new Set<net.Socket>();
  const startedAt = Math.floor(Date.now() / 1000);
  const name = options.serverName ?? "tsmoo";
  const maxBuffered = options.maxBufferedBytes ?? 4 * 1024 * 1024;
  let port = options.port;

  const mssp = (): Record<string, string | string[]> => ({
    NAME: name,
    CODEBASE: "tsmoo",
    FAMILY: "Custom",
    PLAYERS: String(sessions.size),
    UPTIME: String(startedAt),
    PORT: String(port),
    CHARSET: "UTF-8",
    ANSI: "1",
    GMCP: "1",
    MSDP: "0",
    MCCP: "0",
    SSL: "0",
    LANGUAGE: "English",
    GENRE: "None",
    ...options.mssp?.(),
  });

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 60_000);
    const remote = `${socket.remoteAddress ?? "?"}:${socket.remotePort ?? 0}`;
    let session: TerminalSession | null = null;
    const write = (bytes: Buffer): void => {
      if (socket.destroyed) return;
      socket.write(bytes);
      if (socket.writableLength > maxBuffered) socket.destroy();
    };
    const protocol = new TelnetProtocol({
      write,
      onData: (data) => session?.input(data),
      onResize: (cols, rows) => session?.resize(cols, rows),
      onGmcp: (module, data) => session?.receiveGmcp(module, data),
      onCapabilities: (caps) => session?.setColor(clientWantsColor(caps)),
      mssp,
    });
    session = new TerminalSession({
      gateway: options.gateway,
      mode: "raw",
      protocol: "telnet",
      remote,
      history: options.history,
      limits: options.limits,
      welcome:
        options.welcome ?? `Welcome to ${name}. Log in with your name and password, or type: connect <name> <password>`,
      transport: {
        write: (text) => protocol.writeText(text),
        close: () => socket.end(),
        promptReady: () => protocol.promptReady(),
        setLocalEcho: (on) => protocol.setServerEcho(!on),
        sendGmcp: (module, data) => protocol.sendGmcp(module, data),
        supportsGmcp: (pkg) => protocol.caps.gmcp && protocol.caps.gmcpPackages.has(pkg.toLowerCase()),
      },
    });
    const current = session;
    sessions.add(current);
    socket.on("data", (chunk) => protocol.receive(chunk));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => {
      sockets.delete(socket);
      sessions.delete(current);
      current.end();
    });
    protocol.start();
    void current.start().catch(() => socket.destroy());
  });
  server.on("error", () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (address && typeof address === "object") port = address.port;

  return {
    port,
    connections: () => sockets.size,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const session of sessions) session.close("The server is shutting down.");
      await waitUntil(() => sockets.size === 0, 500);
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

/** Polls `done` every 10 ms until it is true or `timeoutMs` passed. */
async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
}
