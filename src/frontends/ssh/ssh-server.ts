/**
 * The SSH listener (`ssh -p 8022 name@host`): authentication by password or registered public key,
 * then one `TerminalSession` per shell channel.
 *
 * Mode: **rich** when the client asked for a pty with a real terminal type; **raw** without a pty
 * (`ssh -T`, scripts) or when TERM is `dumb` or `xterm-256-basic` (the reference's MUD-client
 * marker). Keep-alive: an SSH ping every 15 s, the connection is dropped after 3 unanswered.
 */
import ssh2 from "ssh2";
import type { AccountInfo, Gateway } from "../../core/gateway.js";
import type { RunningServer } from "../running-server.js";
import type { CommandHistory } from "../session/command-history.js";
import { type SessionLimits, TerminalSession } from "../session/terminal-session.js";
import { loadOrCreateHostKey } from "./host-key.js";
import { authenticate } from "./ssh-auth.js";

export interface SshServerOptions {
  gateway: Gateway;
  host: string;
  /** TCP port; 0 picks a free one (tests), read the real one from the result. */
  port: number;
  /** Where the host key is kept (created on first start). */
  hostKeyDir: string;
  history?: CommandHistory;
  limits?: Partial<SessionLimits>;
  /** SSH keep-alive ping interval (default 15 000 ms; 0 disables). */
  keepaliveIntervalMs?: number;
  /** Unanswered pings before the connection is dropped (default 3). */
  keepaliveCountMax?: number;
  /** Output waiting for a slow client before it is disconnected (default 4 MiB). */
  maxBufferedBytes?: number;
  /** Time allowed from TCP connect to successful authentication (default 60 000 ms). */
  authTimeoutMs?: number;
}

/** Terminal types that get raw mode even with a pty. */
const RAW_TERMINALS = new Set(["", "dumb", "xterm-256-basic"]);

/** Chooses the session mode from the pty request (null = no pty). */
export function chooseMode(pty: { term: string } | null): "rich" | "raw" {
  if (!pty) return "raw";
  return RAW_TERMINALS.has(pty.term.trim().toLowerCase()) ? "raw" : "rich";
}

export async function startSshServer(options: SshServerOptions): Promise<RunningServer> {
  const hostKey = await loadOrCreateHostKey(options.hostKeyDir);
  const clients = new Set<ssh2.Connection>();
  const sessions = new Set<TerminalSession>();
  const maxBuffered = options.maxBufferedBytes ?? 4 * 1024 * 1024;

  const server = new ssh2.Server(
    {
      hostKeys: [hostKey],
      ident: "tsmoo",
      keepaliveInterval: options.keepaliveIntervalMs ?? 15_000,
      keepaliveCountMax: options.keepaliveCountMax ?? 3,
    },
    (client, info) => {
      clients.add(client);
      // Interactive traffic: send each small write at once (no Nagle delay waiting for an ACK).
      // (ssh2's Connection has setNoDelay at run time; @types/ssh2 does not declare it.)
      (client as unknown as { setNoDelay(on: boolean): void }).setNoDelay(true);
      const remote = `${info.ip}:${info.port}`;
      let account: AccountInfo | null = null;
      // A client that never finishes logging in is dropped.
      const authTimer = setTimeout(() => client.end(), options.authTimeoutMs ?? 60_000);
      authTimer.unref();
      client.on("authentication", (ctx) => {
        void authenticate(options.gateway, ctx).then((result) => {
          if (result) account = result;
        });
      });
      client.on("ready", () => {
        clearTimeout(authTimer);
        client.on("session", (acceptSession) => {
          const channel = acceptSession();
          let pty: ssh2.PseudoTtyInfo | null = null;
          let terminal: TerminalSession | null = null;
          channel.on("pty", (accept, _reject, ptyInfo) => {
            pty = ptyInfo;
            accept?.();
          });
          channel.on("window-change", (accept, _reject, size) => {
            accept?.();
            terminal?.resize(size.cols, size.rows);
          });
          channel.on("env", (accept) => accept?.());
          channel.on("exec", (_accept, reject) => reject?.());
          channel.on("shell", (accept, reject) => {
            if (!account || terminal) {
              reject?.();
              return;
            }
            const stream = accept();
            const ptyInfo: ssh2.PseudoTtyInfo | null = pty;
            const session = new TerminalSession({
              gateway: options.gateway,
              mode: chooseMode(ptyInfo),
              protocol: "ssh",
              remote,
              size: ptyInfo ? { cols: ptyInfo.cols || 80, rows: ptyInfo.rows || 24 } : undefined,
              history: options.history,
              limits: options.limits,
              transport: {
                write: (text) => {
                  if (stream.destroyed || !stream.writable) return;
                  stream.write(text);
                  if (stream.writableLength > maxBuffered) client.end();
                },
                close: () => {
                  if (stream.destroyed) return;
                  stream.exit(0);
                  stream.end();
                },
              },
            });
            terminal = session;
            sessions.add(session);
            stream.on("data", (data: Buffer) => session.input(data));
            stream.on("end", () => session.endOfInput());
            stream.on("close", () => {
              sessions.delete(session);
              session.end();
            });
            stream.on("error", () => session.end());
            void session.closed.then(() => {
              // Give the last lines a moment to leave, then drop the connection if it has no other channel.
              setTimeout(() => client.end(), 100).unref();
            });
            void session.start(account).catch(() => session.close());
          });
        });
      });
      client.on("error", () => undefined);
      client.on("close", () => {
        clearTimeout(authTimer);
        clients.delete(client);
      });
    },
  );

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", () => undefined);
  const address = server.address();
  const port = address && typeof address === "object" ? address.port : options.port;

  return {
    port,
    connections: () => clients.size,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const session of sessions) session.close("The server is shutting down.");
      await new Promise((resolve) => setTimeout(resolve, clients.size > 0 ? 100 : 0));
      for (const client of clients) client.end();
      await closed;
    },
  };
}
