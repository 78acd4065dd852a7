/**
 * The load client: one player connection to any LambdaMOO-compatible server, over telnet (plain
 * TCP, IAC ignored) or SSH (the `ssh2` client; a pty-less shell, which tsmoo serves in raw mode).
 *
 * After logging in it sets `PREFIX`/`SUFFIX` markers and sends a sync command; from then on
 * `command(line)` is closed-loop: it sends one line and resolves with the lines between the markers
 * of that command's reply and the round-trip time. Everything outside a frame is asynchronous output.
 */
import net from "node:net";
import { FrameReader, IacStripper, LineSplitter } from "./framing.js";

export type Protocol = "telnet" | "ssh";

export interface LoginOptions {
  protocol: Protocol;
  host: string;
  port: number;
  name: string;
  password: string;
  /** Telnet only: lines sent to log in, after the banner (e.g. `connect {name} {password}`). */
  loginLines: string[];
  /** Command sent after the markers are set, whose framed reply means "logged in and in sync". */
  syncCommand: string;
  prefix: string;
  suffix: string;
  /** Gives up on login / one reply after this long. */
  timeoutMs: number;
}

export interface Reply {
  lines: string[];
  ms: number;
}

interface Transport {
  write(text: string): void;
  close(): void;
  /** Resolves when the connection is gone (either side). */
  readonly closed: Promise<void>;
}

export class ClientError extends Error {}

export class MooClient {
  private readonly lines = new LineSplitter();
  private readonly frames: FrameReader;
  private waiter: { resolve: (lines: string[]) => void; reject: (e: Error) => void; timer: NodeJS.Timeout } | null =
    null;
  private transport: Transport | null = null;
  private isClosed = false;
  /** Recent raw lines (for error messages). */
  private readonly recent: string[] = [];
  /** Lines received outside any frame (other players' output). */
  asyncLines = 0;
  onAsync: ((line: string) => void) | null = null;

  private constructor(readonly options: LoginOptions) {
    this.frames = new FrameReader(options.prefix, options.suffix);
  }

  /** Connects, logs in, sets the markers and waits for the sync command's reply. */
  static async open(options: LoginOptions): Promise<MooClient> {
    const c = new MooClient(options);
    try {
      await c.connect();
    } catch (e) {
      c.close();
      throw e;
    }
    return c;
  }

  get closed(): boolean {
    return this.isClosed;
  }

  private receive(text: string): void {
    for (const line of this.lines.push(text)) {
      this.recent.push(line);
      if (this.recent.length > 20) this.recent.shift();
      const e = this.frames.push(line);
      if (!e) continue;
      if (e.kind === "async") {
        this.asyncLines++;
        this.onAsync?.(e.line);
      } else if (this.waiter) {
        const w = this.waiter;
        this.waiter = null;
        clearTimeout(w.timer);
        w.resolve(e.lines);
      }
    }
  }

  private lost(): void {
    this.isClosed = true;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      clearTimeout(w.timer);
      w.reject(new ClientError(`connection closed (last lines: ${JSON.stringify(this.recent.slice(-5))})`));
    }
  }

  private nextFrame(timeoutMs: number, what: string): Promise<string[]> {
    if (this.waiter) throw new ClientError("one outstanding command per connection");
    if (this.isClosed) return Promise.reject(new ClientError("connection closed"));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(
          new ClientError(
            `${this.options.name}: no reply to '${what}' within ${timeoutMs} ms (last lines: ${JSON.stringify(this.recent.slice(-5))})`,
          ),
        );
      }, timeoutMs);
      this.waiter = { resolve, reject, timer };
    });
  }

  private async connect(): Promise<void> {
    const o = this.options;
    if (o.protocol === "telnet") {
      const socket = net.connect(o.port, o.host);
      socket.setNoDelay(true);
      const iac = new IacStripper();
      const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new ClientError("telnet connect timed out")), o.timeoutMs);
        socket.once("connect", () => {
          clearTimeout(timer);
          resolve();
        });
        socket.once("error", (e) => {
          clearTimeout(timer);
          reject(e);
        });
      });
      socket.on("error", () => undefined);
      socket.on("data", (chunk: Buffer) => this.receive(iac.push(chunk).toString("utf8")));
      void closed.then(() => this.lost());
      this.transport = { write: (t) => socket.write(t), close: () => socket.destroy(), closed };
      for (const line of o.loginLines) this.transport.write(`${line}\r\n`);
    } else {
      this.transport = await openSsh(o, (text) => this.receive(text));
      void this.transport.closed.then(() => this.lost());
    }
    const sync = this.nextFrame(o.timeoutMs, `login as ${o.name}`);
    this.transport.write(`PREFIX ${o.prefix}\r\nSUFFIX ${o.suffix}\r\n${o.syncCommand}\r\n`);
    await sync;
  }

  /** Sends one command and waits for its framed reply. */
  async command(line: string, timeoutMs = this.options.timeoutMs): Promise<Reply> {
    if (!this.transport || this.isClosed) throw new ClientError("connection closed");
    const reply = this.nextFrame(timeoutMs, line);
    const t0 = performance.now();
    this.transport.write(`${line}\r\n`);
    const lines = await reply;
    return { lines, ms: performance.now() - t0 };
  }

  close(): void {
    this.isClosed = true;
    this.transport?.close();
  }

  /** Resolves when the transport is gone. */
  async whenClosed(): Promise<void> {
    await this.transport?.closed;
  }
}

async function openSsh(o: LoginOptions, receive: (text: string) => void): Promise<Transport> {
  const { Client } = (await import("ssh2")).default;
  const conn = new Client();
  const closed = new Promise<void>((resolve) => conn.once("close", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ClientError("ssh connect timed out")), o.timeoutMs);
    conn.once("ready", () => {
      clearTimeout(timer);
      resolve();
    });
    conn.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    conn.connect({
      host: o.host,
      port: o.port,
      username: o.name,
      password: o.password,
      readyTimeout: o.timeoutMs,
      // A benchmark against a throw-away server: accept whatever host key it has.
      hostVerifier: () => true,
    });
  });
  conn.on("error", () => undefined);
  conn.setNoDelay(true);
  const stream = await new Promise<import("ssh2").ClientChannel>((resolve, reject) => {
    // No pty: the server runs the session in raw (line) mode.
    conn.shell(false, (err, s) => (err ? reject(err) : resolve(s)));
  });
  stream.setEncoding("utf8");
  stream.on("data", (text: string) => receive(text));
  stream.on("error", () => undefined);
  stream.on("close", () => conn.end());
  return {
    write: (t) => {
      stream.write(t);
    },
    close: () => conn.end(),
    closed,
  };
}
