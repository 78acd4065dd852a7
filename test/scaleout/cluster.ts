/**
 * Helpers for the scale-out tests: real `moo worker` / `moo shell` processes against a fresh
 * PostgreSQL database and the test Redis (a unique queue prefix per run), and a telnet client that
 * frames each command with PREFIX/SUFFIX so it knows exactly when the command finished.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase } from "../helpers/backends.js";

export const MOO = path.resolve("bin/moo.js");
export const WIZARD_PASSWORD = "wizard-scaleout-password";

/** The test services, or a reason to skip (never skipped in CI). */
export function services(): { pgUrl: string; redisUrl: string } | string {
  const pgUrl = process.env.TEST_DATABASE_URL;
  const redisUrl = process.env.TEST_REDIS_URL;
  if (pgUrl && redisUrl) return { pgUrl, redisUrl };
  if (process.env.CI) throw new Error("TEST_DATABASE_URL and TEST_REDIS_URL must be set in CI (see .ci/run)");
  const why =
    'scale-out tests skipped: set TEST_DATABASE_URL and TEST_REDIS_URL (eval "$(scripts/test-services.sh start)")';
  console.warn(`# ${why}`);
  return why;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** One `moo …` child process; `output` collects stdout and stderr. */
export class MooProcess {
  readonly child: ChildProcess;
  output = "";
  exited: Promise<number | null>;

  constructor(
    readonly name: string,
    args: string[],
    env: NodeJS.ProcessEnv,
  ) {
    this.child = spawn(process.execPath, ["--no-node-snapshot", "--import", "tsx", "src/cli/main.ts", ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const add = (d: Buffer) => {
      this.output += d.toString();
    };
    this.child.stdout?.on("data", add);
    this.child.stderr?.on("data", add);
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  async ready(re: RegExp, ms = 90_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!re.test(this.output)) {
      if (this.child.exitCode !== null) throw new Error(`${this.name} exited early:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`${this.name} did not start:\n${this.output}`);
      await sleep(50);
    }
  }

  kill(signal: NodeJS.Signals): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A raw-mode telnet client (IAC bytes dropped) that runs one framed command at a time. */
export class Client {
  private buf = "";
  private readonly socket: net.Socket;
  closed = false;

  private constructor(port: number) {
    this.socket = net.connect(port, "127.0.0.1");
    this.socket.setNoDelay(true);
    this.socket.on("data", (d: Buffer) => {
      this.buf += stripIac(d);
    });
    this.socket.on("error", () => {});
    this.socket.on("close", () => {
      this.closed = true;
    });
  }

  static async login(port: number, login: string, password: string): Promise<Client> {
    const c = new Client(port);
    await c.waitFor(/connect/i, 30_000);
    c.buf = "";
    c.send(`connect ${login} ${password}`);
    c.send("PREFIX <<<BEGIN>>>");
    c.send("SUFFIX <<<END>>>");
    await c.waitFor(/Output suffix set to: <<<END>>>/, 60_000);
    c.buf = "";
    return c;
  }

  send(line: string): void {
    this.socket.write(`${line}\r\n`);
  }

  /** Everything received outside commands so far (and clears it). */
  take(): string {
    const out = this.buf;
    this.buf = "";
    return out;
  }

  async waitFor(re: RegExp, ms = 30_000): Promise<string> {
    const deadline = Date.now() + ms;
    while (!re.test(this.buf)) {
      if (this.closed) throw new Error(`connection closed while waiting for ${re}; got ${JSON.stringify(this.buf)}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${re}; got ${JSON.stringify(this.buf)}`);
      await sleep(5);
    }
    return this.buf;
  }

  /** Runs one command; resolves with its framed output (between PREFIX and SUFFIX). */
  async command(line: string, ms = 60_000): Promise<string> {
    this.send(line);
    const text = await this.waitFor(/<<<BEGIN>>>\r?\n[\s\S]*?<<<END>>>\r?\n/, ms);
    const m = /<<<BEGIN>>>\r?\n([\s\S]*?)<<<END>>>\r?\n/.exec(text) as RegExpExecArray;
    this.buf = text.slice(m.index + m[0].length);
    return m[1] as string;
  }

  close(): void {
    this.socket.destroy();
  }
}

function stripIac(d: Buffer): string {
  const out: number[] = [];
  for (let i = 0; i < d.length; i++) {
    const b = d[i] as number;
    if (b !== 255) out.push(b);
    else {
      const cmd = d[i + 1];
      if (cmd === 250) {
        i += 2;
        while (i < d.length && !(d[i] === 255 && d[i + 1] === 240)) i++;
        i++;
      } else if (cmd !== undefined && cmd >= 251 && cmd <= 254) i += 2;
      else i += 1;
    }
  }
  return Buffer.from(out).toString("utf8");
}

export interface Cluster {
  env: NodeJS.ProcessEnv;
  databaseUrl: string;
  processes: MooProcess[];
  worker(name?: string): Promise<MooProcess>;
  shell(name?: string): Promise<{ proc: MooProcess; telnetPort: number; sshPort: number }>;
  close(): Promise<void>;
}

/** A fresh database and queue prefix; processes are started on demand. */
export async function cluster(svc: { pgUrl: string; redisUrl: string }): Promise<Cluster> {
  const db = await createTestDatabase(svc.pgUrl);
  const dir = mkdtempSync(path.join(tmpdir(), "tsmoo-scaleout-"));
  const env: NodeJS.ProcessEnv = {
    DATABASE_URL: db.url,
    REDIS_URL: svc.redisUrl,
    MOO_QUEUE_PREFIX: `t${process.pid}x${Date.now().toString(36)}`,
    MOO_WIZARD_PASSWORD: WIZARD_PASSWORD,
    MOO_BIND: "127.0.0.1",
    MOO_HTTP_PORT: "0",
  };
  const processes: MooProcess[] = [];
  let n = 0;
  return {
    env,
    databaseUrl: db.url,
    processes,
    async worker(name = `worker${++n}`) {
      const p = new MooProcess(name, ["worker"], { ...env, MOO_DATA_DIR: path.join(dir, name) });
      processes.push(p);
      await p.ready(/tsmoo worker is running/);
      return p;
    },
    async shell(name = `shell${++n}`) {
      const telnetPort = await freePort();
      const sshPort = await freePort();
      const p = new MooProcess(name, ["shell"], {
        ...env,
        MOO_DATA_DIR: path.join(dir, name),
        MOO_TELNET_PORT: String(telnetPort),
        MOO_SSH_PORT: String(sshPort),
      });
      processes.push(p);
      await p.ready(/tsmoo shell is running/);
      return { proc: p, telnetPort, sshPort };
    },
    async close() {
      await Promise.all(processes.map((p) => p.kill("SIGKILL")));
      await db.drop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
