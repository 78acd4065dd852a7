/**
 * The browser terminal's WebSocket: xterm.js keystrokes in, terminal output out, with one
 * `TerminalSession` in rich mode per socket — the same line editor, history, completion, editor
 * and pager as SSH, with no SSH hop.
 *
 * Client → server: JSON text frames `{"type":"input","data":"…"}` and
 * `{"type":"resize","cols":N,"rows":M}`. Server → client: text frames of terminal output.
 * Close codes: 4000 the session ended (QUIT, kicked), 4401 not logged in, 4403 bad origin,
 * 1012 the server is restarting (the client reconnects), 1009 too much unread output.
 */
import type { WebSocket } from "ws";
import type { AccountInfo, Gateway } from "../../core/gateway.js";
import type { CommandHistory } from "../session/command-history.js";
import { type SessionLimits, TerminalSession } from "../session/terminal-session.js";

export const CLOSE_ENDED = 4000;
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;
export const CLOSE_RESTART = 1012;

export interface TerminalSocketOptions {
  gateway: Gateway;
  history?: CommandHistory;
  limits?: Partial<SessionLimits>;
  /** Output waiting for a slow client before it is disconnected (default 4 MiB). */
  maxBufferedBytes?: number;
  /** WebSocket ping interval (default 20 s); a client that misses two pongs is dropped. */
  pingIntervalMs?: number;
  welcome?: string;
}

export class TerminalSockets {
  private readonly sessions = new Map<TerminalSession, WebSocket>();
  private shuttingDown = false;

  constructor(private readonly opts: TerminalSocketOptions) {}

  get count(): number {
    return this.sessions.size;
  }

  /** Serves one accepted socket for a logged-in account. */
  attach(socket: WebSocket, account: AccountInfo, remote: string, size: { cols: number; rows: number }): void {
    const maxBuffered = this.opts.maxBufferedBytes ?? 4 * 1024 * 1024;
    const session = new TerminalSession({
      gateway: this.opts.gateway,
      mode: "rich",
      protocol: "web",
      remote,
      size,
      history: this.opts.history,
      limits: this.opts.limits,
      transport: {
        write: (text) => {
          if (socket.readyState !== socket.OPEN) return;
          socket.send(text);
          if (socket.bufferedAmount > maxBuffered) socket.close(1009, "Too much unread output.");
        },
        close: () => {
          if (socket.readyState === socket.OPEN) {
            socket.close(this.shuttingDown ? CLOSE_RESTART : CLOSE_ENDED, this.shuttingDown ? "restart" : "ended");
          }
        },
      },
    });
    this.sessions.set(session, socket);
    let alive = true;
    const ping = setInterval(() => {
      if (!alive) {
        socket.terminate();
        return;
      }
      alive = false;
      socket.ping();
    }, this.opts.pingIntervalMs ?? 20_000);
    ping.unref();
    socket.on("pong", () => {
      alive = true;
    });
    socket.on("message", (data, isBinary) => {
      alive = true;
      if (isBinary) {
        session.input(Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer));
        return;
      }
      let msg: unknown;
      try {
        msg = JSON.parse(String(data));
      } catch {
        return;
      }
      if (typeof msg !== "object" || msg === null) return;
      const m = msg as { type?: unknown; data?: unknown; cols?: unknown; rows?: unknown };
      if (m.type === "input" && typeof m.data === "string") session.input(m.data);
      else if (m.type === "resize") {
        const cols = clampSize(m.cols, 20, 500);
        const rows = clampSize(m.rows, 5, 300);
        if (cols && rows) session.resize(cols, rows);
      }
    });
    socket.on("close", () => {
      clearInterval(ping);
      this.sessions.delete(session);
      session.end();
    });
    socket.on("error", () => session.end());
    void session.start(account).catch(() => session.close());
  }

  /** Tells every player the server is going away and closes their sockets (1012: clients reconnect). */
  async closeAll(message = "The server is shutting down."): Promise<void> {
    this.shuttingDown = true;
    for (const session of this.sessions.keys()) session.close(message);
    await new Promise((r) => setTimeout(r, this.sessions.size > 0 ? 100 : 0));
    for (const socket of this.sessions.values()) socket.terminate();
  }
}

export function clampSize(v: unknown, min: number, max: number): number | null {
  const n = Number(v);
  if (!Number.isFinite(n)) return null;
  return Math.max(min, Math.min(max, Math.floor(n)));
}
