/**
 * Servers the load benchmarks point at. A target is a *profile* (how to log in, create players,
 * lay out rooms and check replies on that server) plus a *launcher* (how to start it, or just an
 * address). Nothing of another server is kept in this repository: LambdaMOO is started from a
 * binary and a database given on the command line (see docs/PERFORMANCE.md for building one).
 *
 * - `tsmoo`      the all-in-one server (bench/load/tsmoo-server.ts = `moo start` without the rate
 *                limit) on a fresh SQLite data directory, or on `--data-dir`.
 * - `lambdamoo`  a LambdaMOO 1.8 binary with a LambdaCore database (`--lambdamoo-bin`, `--lambdamoo-db`).
 * - `external`   any LambdaMOO-compatible telnet server already running (`--host`, `--port`), with
 *                the login/create lines and wizard given as options.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import type { Args } from "./args.js";
import { type LoginOptions, MooClient, type Protocol } from "./client.js";
import { fillTemplate } from "./framing.js";

export const PREFIX = "-=-BENCH-BEGIN-=-";
export const SUFFIX = "-=-BENCH-END-=-";
const ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));

export interface Profile {
  /** Short label used in tables. */
  name: string;
  protocols: Protocol[];
  /** Login name of bot i (1-based). */
  botName(i: number): string;
  botPassword: string;
  /** Telnet lines that log bot/wizard in (the player-creation step goes here too, e.g. LambdaMOO's `create`). */
  loginLines(name: string, password: string): string[];
  syncCommand: string;
  wizard: { name: string; password: string };
  /** Commands the wizard runs to put one bot in the shared start room or in a room of its own. */
  layoutCommand(botName: string, separate: boolean): string;
  /** Command that appends `token` to the player's own ledger list (fault injection). */
  ledgerAppend(token: string): string;
  /** Command (run by the wizard) that prints `LEDGER <bot> <json list>` for one bot. */
  ledgerDump(botName: string): string;
  /** Reply checks: an error message, or null when the reply is what the command should give. */
  check(command: string, lines: string[]): string | null;
}

export interface Running {
  profile: Profile;
  host: string;
  ports: Partial<Record<Protocol, number>>;
  /** Server process id when we started it (memory figures, kills). */
  pid: number | null;
  /** Resident memory of the server process in bytes (Linux /proc), or null. */
  rss(): number | null;
  /** Graceful stop. */
  stop(): Promise<void>;
  /** SIGKILL; resolves once the process is gone. */
  kill(): Promise<void>;
  /** Starts again after a kill/stop on the same data (same ports when possible). */
  restart(): Promise<void>;
  /** Scale-out: SIGKILL one process of the given role at random and start a replacement. */
  killOne?(role: "worker"): Promise<void>;
}

const FAILURE = /^(Huh\?|I don't understand that|I don't know how to do that|There is no '|\S*Error: |#-1 )/;

function genericCheck(command: string, lines: string[]): string | null {
  if (lines.length === 0) return `'${command}': empty reply`;
  const bad = lines.find((l) => FAILURE.test(l));
  if (bad) return `'${command}': ${bad}`;
  if (command.startsWith("say ") && !lines.some((l) => l.includes(command.slice(4))))
    return `'${command}': reply does not echo the text: ${JSON.stringify(lines)}`;
  return null;
}

export const tsmooProfile = (botPrefix = "bot"): Profile => ({
  name: "tsmoo",
  protocols: ["telnet", "ssh"],
  botName: (i) => `${botPrefix}${i}`,
  botPassword: "bench-password",
  loginLines: (name, password) => [`connect ${name} ${password}`],
  syncCommand: "look",
  wizard: { name: "wizard", password: "bench-wizard-password" },
  layoutCommand: (bot, separate) =>
    fillTemplate(
      `; const p = players().find((x) => x.name.toLowerCase() === "{bot}"); if (!p) throw new Error("no player {bot}"); ` +
        `let dest = $.player_start; if ({separate}) { const rooms = { ...((player.has("bench_rooms") ? player.get("bench_rooms") : {}) as any) }; ` +
        `dest = rooms["{bot}"]; if (!dest || !dest.valid) { dest = create("Bench Room {bot}", { parents: [$.room as any] }); move(dest, null); ` +
        `rooms["{bot}"] = dest; player.set("bench_rooms", rooms); } } if (p.location !== dest) move(p, dest); return p.location.name;`,
      { bot: bot.toLowerCase(), separate: String(separate) },
    ),
  ledgerAppend: (token) =>
    `; const l = player.has("ledger") ? (player.get("ledger") as string[]) : []; player.set("ledger", [...l, "${token}"]); return l.length + 1;`,
  ledgerDump: (bot) =>
    `; const p = players().find((x) => x.name.toLowerCase() === "${bot.toLowerCase()}"); ` +
    `print("LEDGER ${bot} " + JSON.stringify(p && p.has("ledger") ? p.get("ledger") : []));`,
  check: genericCheck,
});

export const lambdaCoreProfile = (botPrefix = "bot"): Profile => ({
  name: "lambdamoo",
  protocols: ["telnet"],
  botName: (i) => `${botPrefix}${i}`,
  botPassword: "benchpw",
  // LambdaCore's login: `create` makes the player (and logs in); when it exists already the
  // `connect` line logs in instead (after a create, it is an unknown command, ignored).
  loginLines: (name, password) =>
    name === "wizard" ? ["connect wizard"] : [`create ${name} ${password}`, `connect ${name} ${password}`],
  syncCommand: "look",
  wizard: { name: "wizard", password: "" },
  layoutCommand: (bot, separate) =>
    fillTemplate(
      `;;p = $string_utils:match_player("{bot}"); dest = $player_start; if ({separate}) ` +
        `if (!("bench_rooms" in properties(player))) add_property(player, "bench_rooms", {}, {player, "rw"}); endif ` +
        `try player.ownership_quota = 100000; except (ANY) endtry ` +
        `a = $list_utils:assoc("{bot}", player.bench_rooms); if (a) dest = a[2]; else dest = create($room); dest.name = "Bench Room {bot}"; ` +
        `player.bench_rooms = {@player.bench_rooms, {"{bot}", dest}}; endif endif if (p.location != dest) move(p, dest); endif return p.location.name;`,
      { bot: bot.toLowerCase(), separate: separate ? "1" : "0" },
    ),
  ledgerAppend: (token) =>
    `;;if (!("ledger" in properties(player))) add_property(player, "ledger", {}, {player, "rw"}); endif player.ledger = {@player.ledger, "${token}"}; return length(player.ledger);`,
  ledgerDump: (bot) =>
    `;;p = $string_utils:match_player("${bot.toLowerCase()}"); player:tell("LEDGER ${bot} ", toliteral("ledger" in properties(p) ? p.ledger | {}));`,
  check: genericCheck,
});

/** Login options for bot/wizard `name` on a running target. */
export function loginFor(
  target: Running,
  protocol: Protocol,
  name: string,
  password: string,
  timeoutMs = 60_000,
): LoginOptions {
  const port = target.ports[protocol];
  if (!port) throw new Error(`${target.profile.name} has no ${protocol} listener`);
  return {
    protocol,
    host: target.host,
    port,
    name,
    password,
    loginLines: target.profile.loginLines(name, password),
    syncCommand: target.profile.syncCommand,
    prefix: PREFIX,
    suffix: SUFFIX,
    timeoutMs,
  };
}

/** Opens `count` bot connections (bots 1..count), `parallel` logins at a time. */
export async function openBots(
  target: Running,
  protocol: Protocol,
  count: number,
  parallel = 10,
): Promise<MooClient[]> {
  const clients: MooClient[] = [];
  try {
    for (let i = 1; i <= count; i += parallel) {
      const batch = [];
      for (let j = i; j < Math.min(count + 1, i + parallel); j++) {
        const name = target.profile.botName(j);
        batch.push(MooClient.open(loginFor(target, protocol, name, target.profile.botPassword)));
      }
      clients.push(...(await Promise.all(batch)));
    }
  } catch (e) {
    for (const c of clients) c.close();
    throw e;
  }
  return clients;
}

/** Runs commands as the wizard over telnet; returns each reply. Throws on a failed check. */
export async function asWizard(target: Running, commands: string[], check = true): Promise<string[][]> {
  const w = target.profile.wizard;
  const c = await MooClient.open(loginFor(target, "telnet", w.name, w.password));
  try {
    const out: string[][] = [];
    for (const cmd of commands) {
      const r = await c.command(cmd, 30_000);
      if (check) {
        const bad = r.lines.find((l) => /Error|error|E_[A-Z]+|Traceback|^#-?\d+:.*line \d+/.test(l));
        if (bad) throw new Error(`wizard command failed: ${cmd}\n  ${r.lines.join("\n  ")}`);
      }
      out.push(r.lines);
    }
    return out;
  } finally {
    c.close();
  }
}

/** Makes sure bots 1..count exist, by logging each in once (LambdaMOO's `create` runs here). */
export async function provision(target: Running, count: number): Promise<void> {
  for (const c of await openBots(target, "telnet", count)) c.close();
  await new Promise((r) => setTimeout(r, 200));
}

/** Puts bots 1..count in the shared start room or each in a room of its own. */
export async function layout(target: Running, count: number, separate: boolean): Promise<void> {
  const cmds = Array.from({ length: count }, (_, i) =>
    target.profile.layoutCommand(target.profile.botName(i + 1), separate),
  );
  await asWizard(target, cmds);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function rssOf(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function waitExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

export interface TsmooOptions {
  bots: number;
  /** Keep the world here (default: a fresh temporary directory, removed on stop). */
  dataDir?: string;
  log?: (line: string) => void;
  /** Extra environment (e.g. DATABASE_URL). */
  env?: NodeJS.ProcessEnv;
  /** The tsmoo tree to run (default: this checkout); see `snapshotTree`. */
  root?: string;
  /** Extra node flags for the server process (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
}

/**
 * Exports a commit (default HEAD) of this checkout to a temporary directory with this checkout's
 * node_modules linked in, and returns its path: benchmarks then measure a committed version even
 * while files in the working tree are being edited (several engineers share one checkout).
 */
export function snapshotTree(rev = "HEAD"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tsmoo-snapshot-"));
  const archive = spawnSync("git", ["archive", "--format=tar", rev], { cwd: ROOT, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive ${rev} failed: ${archive.stderr.toString()}`);
  const untar = spawnSync("tar", ["-x", "-C", dir], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr.toString()}`);
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts the all-in-one tsmoo server (embedded mode) on free ports. */
export async function startTsmoo(opts: TsmooOptions): Promise<Running> {
  const profile = tsmooProfile();
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), "tsmoo-bench-"));
  const temporary = opts.dataDir === undefined;
  const telnet = await freePort();
  const ssh = await freePort();
  const root = opts.root ?? ROOT;
  let child: ChildProcess | null = null;
  const launch = async (): Promise<void> => {
    const c = spawn(
      process.execPath,
      [
        "--no-node-snapshot",
        ...(opts.nodeArgs ?? []),
        "--import",
        "tsx",
        path.join(root, "bench/load/tsmoo-server.ts"),
        "--bots",
        String(opts.bots),
        "--password",
        profile.botPassword,
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          MOO_DATA_DIR: dataDir,
          MOO_TELNET_PORT: String(telnet),
          MOO_SSH_PORT: String(ssh),
          MOO_HTTP_PORT: "0",
          MOO_BIND: "127.0.0.1",
          MOO_WIZARD_PASSWORD: profile.wizard.password,
          ...opts.env,
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    child = c;
    let output = "";
    c.stderr?.on("data", (d: Buffer) => {
      const text = d.toString();
      output += text;
      if (output.length > 20_000) output = output.slice(-10_000);
      if (opts.log) for (const l of text.split("\n")) if (l.trim()) opts.log(`[tsmoo] ${l}`);
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`tsmoo did not start in 120 s:\n${output}`)), 120_000);
      let buf = "";
      c.stdout?.on("data", (d: Buffer) => {
        buf += d.toString();
        if (buf.includes("BENCH-READY")) {
          clearTimeout(timer);
          resolve();
        }
      });
      c.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`tsmoo exited (${code ?? signal}) while starting:\n${output}`));
      });
    });
  };
  await launch();
  const running: Running = {
    profile,
    host: "127.0.0.1",
    ports: { telnet, ssh },
    get pid() {
      return child?.pid ?? null;
    },
    rss: () => rssOf(child?.pid ?? null),
    async stop() {
      if (child) {
        child.kill("SIGTERM");
        await waitExit(child);
        child = null;
      }
      if (temporary) rmSync(dataDir, { recursive: true, force: true });
    },
    async kill() {
      if (child) {
        child.kill("SIGKILL");
        await waitExit(child);
        child = null;
      }
    },
    restart: launch,
  };
  return running;
}

export interface ScaleoutOptions {
  workers: number;
  bots: number;
  root?: string;
  log?: (line: string) => void;
  nodeArgs?: string[];
}

/** PostgreSQL and Redis URLs: DATABASE_URL/REDIS_URL, TEST_*, or `scripts/test-services.sh start`. */
export function serviceUrls(): { databaseUrl: string; redisUrl: string } {
  let db = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  let redis = process.env.REDIS_URL || process.env.TEST_REDIS_URL;
  if (!db || !redis) {
    const r = spawnSync("bash", [path.join(ROOT, "scripts/test-services.sh"), "start"], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`scripts/test-services.sh start failed:\n${r.stderr}`);
    db ??= /TEST_DATABASE_URL=(\S+)/.exec(r.stdout)?.[1];
    redis ??= /TEST_REDIS_URL=(\S+)/.exec(r.stdout)?.[1];
  }
  if (!db || !redis) throw new Error("scale-out needs PostgreSQL and Redis URLs");
  return { databaseUrl: db, redisUrl: redis };
}

/** Spawns a process of the tsmoo tree and resolves once a line matches `ready`. */
function spawnTsmoo(
  root: string,
  script: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  label: string,
  log?: (l: string) => void,
  nodeArgs: string[] = [],
): Promise<ChildProcess> {
  const c = spawn(
    process.execPath,
    [
      "--no-node-snapshot",
      ...nodeArgs,
      "--import",
      "tsx",
      "--import",
      pathToFileURL(path.join(root, "bench/load/no-rate-limit.ts")).href,
      ...script,
    ],
    { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not start in 120 s:\n${output}`)), 120_000);
    const onData = (d: Buffer) => {
      const text = d.toString();
      output += text;
      if (output.length > 20_000) output = output.slice(-10_000);
      if (log) for (const l of text.split("\n")) if (l.trim()) log(`[${label}] ${l}`);
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(c);
      }
    };
    c.stdout?.on("data", onData);
    c.stderr?.on("data", onData);
    c.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited (${code ?? signal}) while starting:\n${output}`));
    });
  });
}

/**
 * Scale-out mode: a fresh PostgreSQL database and Redis queue prefix, the world and bots
 * provisioned into it, then one `moo shell` (SSH + telnet) and `workers` × `moo worker`.
 */
export async function startScaleout(opts: ScaleoutOptions): Promise<Running> {
  const profile = { ...tsmooProfile(), name: `tsmoo-scaleout-${opts.workers}w` };
  const root = opts.root ?? ROOT;
  const urls = serviceUrls();
  const dbName = `tsmoo_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: urls.databaseUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const u = new URL(urls.databaseUrl);
  u.pathname = `/${dbName}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "tsmoo-scaleout-"));
  const telnet = await freePort();
  const ssh = await freePort();
  const env: NodeJS.ProcessEnv = {
    DATABASE_URL: u.toString(),
    REDIS_URL: urls.redisUrl,
    MOO_QUEUE_PREFIX: dbName,
    MOO_DATA_DIR: dataDir,
    MOO_TELNET_PORT: String(telnet),
    MOO_SSH_PORT: String(ssh),
    MOO_HTTP_PORT: "0",
    MOO_BIND: "127.0.0.1",
    MOO_WIZARD_PASSWORD: profile.wizard.password,
  };
  const provision = spawnSync(
    process.execPath,
    [
      "--no-node-snapshot",
      "--import",
      "tsx",
      path.join(root, "bench/load/tsmoo-server.ts"),
      "--provision-only",
      "--bots",
      String(opts.bots),
      "--password",
      profile.botPassword,
    ],
    { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" },
  );
  if (provision.status !== 0) throw new Error(`provisioning ${dbName} failed:\n${provision.stderr}`);
  const main = path.join(root, "src/cli/main.ts");
  const children: ChildProcess[] = [];
  const workers: ChildProcess[] = [];
  let spawned = 0;
  const spawnWorker = async () => {
    const c = await spawnTsmoo(
      root,
      [main, "worker"],
      env,
      /worker is running/,
      `worker${++spawned}`,
      opts.log,
      opts.nodeArgs,
    );
    children.unshift(c);
    workers.push(c);
  };
  const stopAll = async (signal: NodeJS.Signals) => {
    for (const c of children) c.kill(signal);
    await Promise.all(children.map(waitExit));
    children.length = 0;
  };
  try {
    for (let i = 0; i < opts.workers; i++) await spawnWorker();
    children.push(await spawnTsmoo(root, [main, "shell"], env, /shell is running/, "shell", opts.log, opts.nodeArgs));
  } catch (e) {
    await stopAll("SIGKILL");
    throw e;
  }
  return {
    profile,
    host: "127.0.0.1",
    ports: { telnet, ssh },
    get pid() {
      return children.at(-1)?.pid ?? null;
    },
    rss: () => {
      const all = children.map((c) => rssOf(c.pid ?? null));
      return all.some((x) => x === null) ? null : all.reduce((a, b) => (a ?? 0) + (b ?? 0), 0);
    },
    async stop() {
      await stopAll("SIGTERM");
      const a = new pg.Client({ connectionString: urls.databaseUrl });
      await a.connect();
      await a.query(`drop database if exists ${dbName} with (force)`).catch(() => undefined);
      await a.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
    async kill() {
      await stopAll("SIGKILL");
    },
    async restart() {
      throw new Error("restart of scale-out targets is not implemented");
    },
    async killOne() {
      const victim = workers.splice(Math.floor(Math.random() * workers.length), 1)[0];
      if (!victim) return;
      victim.kill("SIGKILL");
      await waitExit(victim);
      children.splice(children.indexOf(victim), 1);
      await spawnWorker();
    },
  };
}

export interface LambdaMooOptions {
  bin: string;
  db: string;
  log?: (line: string) => void;
}

/** Starts a LambdaMOO binary on a copy of a LambdaCore database, on a free port. */
export async function startLambdaMoo(opts: LambdaMooOptions): Promise<Running> {
  const profile = lambdaCoreProfile();
  const dir = mkdtempSync(path.join(os.tmpdir(), "lambdamoo-bench-"));
  mkdirSync(dir, { recursive: true });
  copyFileSync(opts.db, path.join(dir, "in.db"));
  const port = await freePort();
  let child: ChildProcess | null = null;
  const launch = async () => {
    const c = spawn(path.resolve(opts.bin), ["in.db", "out.db", String(port)], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = c;
    let output = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`LambdaMOO did not start:\n${output}`)), 60_000);
      const onData = (d: Buffer) => {
        output += d.toString();
        if (/LISTEN: .* now listening on port/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      c.stderr?.on("data", onData);
      c.stdout?.on("data", onData);
      c.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`LambdaMOO exited (${code ?? signal}):\n${output}`));
      });
    });
  };
  await launch();
  return {
    profile,
    host: "127.0.0.1",
    ports: { telnet: port },
    get pid() {
      return child?.pid ?? null;
    },
    rss: () => rssOf(child?.pid ?? null),
    async stop() {
      if (child) {
        child.kill("SIGKILL"); // its checkpoint on shutdown is not what we measure
        await waitExit(child);
        child = null;
      }
      rmSync(dir, { recursive: true, force: true });
    },
    async kill() {
      if (child) {
        child.kill("SIGKILL");
        await waitExit(child);
        child = null;
      }
    },
    restart: launch,
  };
}

/** An already-running server at host:port (no memory figures, no kills). */
export function externalTarget(args: Args): Running {
  const base = lambdaCoreProfile(args.string("bot-prefix", "bot"));
  const connect = args.string("connect", "connect {name} {password}");
  const create = args.string("create");
  const profile: Profile = {
    ...base,
    name: args.string("name", "external"),
    botPassword: args.string("bot-password", base.botPassword),
    wizard: { name: args.string("wizard", "wizard"), password: args.string("wizard-password", "") },
    loginLines: (name, password) =>
      [...(create ? [create] : []), connect].map((t) => fillTemplate(t, { name, password }).trim()),
  };
  return {
    profile,
    host: args.string("host", "127.0.0.1"),
    ports: { telnet: args.number("port", 7777) },
    pid: null,
    rss: () => null,
    stop: async () => undefined,
    kill: async () => {
      throw new Error("cannot kill an external server");
    },
    restart: async () => undefined,
  };
}

/** `--tsmoo-root DIR` or `--snapshot [REV]` (a committed version), else this checkout. */
export function tsmooRoot(args: Args): string | undefined {
  const dir = args.string("tsmoo-root");
  if (dir) return path.resolve(dir);
  const snap = args.string("snapshot");
  if (snap) return snapshotTree(snap);
  if (args.flag("snapshot")) return snapshotTree("HEAD");
  return undefined;
}

/** Starts the targets named in `--targets` (comma list). */
export async function startTargets(args: Args, names: string[], bots: number): Promise<Running[]> {
  const log = args.flag("verbose") ? (l: string) => console.error(l) : undefined;
  const root = tsmooRoot(args);
  const out: Running[] = [];
  for (const name of names) {
    if (name === "tsmoo") {
      const nodeArgs = args.string("server-node-args")?.split(" ").filter(Boolean);
      out.push(await startTsmoo({ bots, dataDir: args.string("data-dir"), log, root, nodeArgs }));
    } else if (name === "lambdamoo") {
      const bin = args.string("lambdamoo-bin", "/tmp/lambdamoo/moo-nodelay");
      const db = args.string("lambdamoo-db", "/tmp/lambdamoo/LambdaCore-latest.db");
      out.push(await startLambdaMoo({ bin, db, log }));
    } else if (name === "external") out.push(externalTarget(args));
    else if (/^scaleout(:\d+)?$/.test(name)) {
      const workers = Number(name.split(":")[1] ?? 1);
      const nodeArgs = args.string("server-node-args")?.split(" ").filter(Boolean);
      out.push(await startScaleout({ workers, bots, log, root, nodeArgs }));
    } else throw new Error(`unknown target '${name}' (tsmoo, scaleout:N, lambdamoo, external)`);
  }
  return out;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
