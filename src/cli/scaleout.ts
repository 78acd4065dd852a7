/**
 * The scale-out processes, all sharing one PostgreSQL database and one Redis:
 *
 *   moo worker     runs tasks from the queue (one at a time; start N per machine); by default also
 *                  a candidate for the scheduler duty (one leader at a time)
 *   moo shell      SSH + telnet front-end: logs players in, submits their commands, relays output
 *   moo scheduler  only the scheduler duty (for deployments that want it apart from workers)
 *
 * Every process holds the world in memory and keeps it coherent through PostgreSQL notifications
 * (WorldSync); commit validation catches anything read stale. See docs/SCALEOUT.md.
 */

import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { DEFAULT_WORLD_DIR, loadDefaultWorld } from "../bootstrap/default-world-loader.js";
import { newRedis, RedisBus, RedisPresence } from "../bus/index.js";
import { ConfigError } from "../core/errors.js";
import { CommandHistory, type RunningServer, startSshServer, startTelnetServer } from "../frontends/index.js";
import { createRuntime, type RuntimeServices } from "../runtime/index.js";
import { accountActions } from "../tasks/account-actions.js";
import { GameGateway } from "../tasks/game-gateway.js";
import { BullMqQueue, TaskWorker } from "../tasks/scaleout/bullmq-queue.js";
import { pokeChannel, ScheduleDispatcher } from "../tasks/scaleout/schedule-dispatcher.js";
import { TaskResults } from "../tasks/scaleout/task-results.js";
import { WorldSync } from "../tasks/scaleout/world-sync.js";
import { ScheduleIndex } from "../tasks/schedule-index.js";
import { TaskRunner } from "../tasks/task-runner.js";
import type { Config } from "./config.js";
import { SERVER_VERSION } from "./game.js";
import { type OpenedWorld, openWorld } from "./open-world.js";
import { sharedHostKey, sharedHostKeyDir } from "./shared-host-key.js";

type Log = (msg: string) => void;

interface ScaleoutConfig extends Config {
  databaseUrl: string;
  redisUrl: string;
}

function requireServices(config: Config, command: string): ScaleoutConfig {
  if (!config.databaseUrl) {
    throw new ConfigError(`moo ${command} needs DATABASE_URL (postgres://…): scale-out processes share PostgreSQL.`);
  }
  if (!config.redisUrl) {
    throw new ConfigError(`moo ${command} needs REDIS_URL (redis://…): scale-out processes share a Redis.`);
  }
  return config as ScaleoutConfig;
}

/**
 * Runs `fn` while holding a PostgreSQL advisory lock, so processes starting together migrate and
 * bootstrap the world one after the other (the second finds everything done).
 */
async function withStartupLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  c.on("error", () => {});
  await c.connect();
  try {
    await c.query("select pg_advisory_lock(7270001)");
    return await fn();
  } finally {
    await c.query("select pg_advisory_unlock(7270001)").catch(() => {});
    await c.end().catch(() => {});
  }
}

interface Base {
  opened: OpenedWorld;
  sync: WorldSync;
  results: TaskResults;
}

async function openShared(config: ScaleoutConfig, log: Log, bootstrap: boolean): Promise<Base> {
  const results: { value?: TaskResults } = {};
  const opened = await withStartupLock(config.databaseUrl, async () => {
    const o = await openWorld(config, log);
    if (bootstrap && existsSync(path.join(DEFAULT_WORLD_DIR, "objects.ts"))) {
      const runtime = createRuntime({});
      try {
        log(
          await loadDefaultWorld(o.world, {
            sync: false,
            compile: (src) => ({ compiled: runtime.compileVerb(src).js }),
          }),
        );
      } finally {
        runtime.dispose();
      }
    }
    results.value = new TaskResults(o.store.db);
    await results.value.ensureTable();
    return o;
  });
  const sync = new WorldSync({ world: opened.world, databaseUrl: config.databaseUrl, log });
  await sync.start();
  return { opened, sync, results: results.value as TaskResults };
}

/** Installs SIGINT/SIGTERM handlers that run `stop` once, then exit. */
function onSignals(name: string, log: Log, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: ${name} shutting down (finishing running tasks)...`);
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    stop()
      .catch((e) => log(`shutdown: ${String(e)}`))
      .finally(() => process.exit(0));
  };
  process.on("SIGINT", () => handler("SIGINT"));
  process.on("SIGTERM", () => handler("SIGTERM"));
}

/** `GET /healthz`: 200 when PostgreSQL answers and the listed checks pass, else 503. */
async function startHealth(
  config: Config,
  base: Base,
  role: string,
  extra: () => Record<string, unknown>,
): Promise<http.Server | null> {
  if (config.healthPort === 0) return null;
  const server = http.createServer((req, res) => {
    if (req.url !== "/healthz" && req.url !== "/") {
      res.writeHead(404).end();
      return;
    }
    const check = async () => {
      await Promise.race([
        sql`select 1`.execute(base.opened.store.db),
        new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000)),
      ]);
    };
    check().then(
      () => {
        const body = { status: "ok", role, pid: process.pid, worldSync: base.sync.connected, ...extra() };
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
      },
      (e: unknown) => {
        res
          .writeHead(503, { "content-type": "application/json" })
          .end(JSON.stringify({ status: "unavailable", role, error: String(e) }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(config.healthPort, config.bind, resolve));
  return server;
}

export async function workerCommand(
  rawConfig: Config,
  opts: { scheduler: boolean; concurrency?: number },
  log: Log = console.log,
): Promise<void> {
  const config = requireServices(rawConfig, "worker");
  let stop: () => Promise<void> = async () => {};
  onSignals("worker", log, () => stop());
  const base = await openShared(config, log, true);
  const { opened, sync, results } = base;
  const startedAt = Date.now();
  // As in game.ts (the embedded composition), but connections come from every front-end.
  const presence = new RedisPresence({ url: config.redisUrl, prefix: config.queuePrefix, log });
  await presence.watch();
  const services: RuntimeServices = {};
  const runtime = createRuntime({
    timeLimitMs: config.taskTimeLimitMs,
    memoryLimitMb: config.memoryLimitMb,
    services,
  });
  const bus = new RedisBus({ url: config.redisUrl, prefix: config.queuePrefix, log });
  const runner = new TaskRunner(opened.world, runtime, bus);
  await opened.accounts.loadIndex();
  runner.accountActions = accountActions(opened.accounts);
  services.accounts = opened.accounts;
  services.connections = () => presence.connections();
  const poke = newRedis(config.redisUrl, "scheduler-poke-pub", log);
  // Verbs list and cancel schedules from an in-memory index, reloaded as other processes write.
  const schedules = new ScheduleIndex(opened.store.db);
  await schedules.load();
  schedules.startRefresh(2000, log);
  services.schedules = schedules;
  runner.onScheduled = (added, cancelled) => {
    schedules.committed(added, cancelled);
    void poke.publish(pokeChannel(config.queuePrefix), "1").catch(() => {});
  };
  const worker = new TaskWorker({
    url: config.redisUrl,
    prefix: config.queuePrefix,
    runner,
    results,
    concurrency: opts.concurrency ?? config.workerConcurrency,
    // A task runs at most taskTimeLimitMs (and blocks the event loop meanwhile), plus its commit.
    lockMs: Math.max(5000, config.taskTimeLimitMs * 2 + 2000),
    log,
    onScheduleFailed: async (id, text) => {
      await opened.store.db
        .updateTable("schedules")
        .set({ last_error: text.slice(0, 2000) })
        .where("id", "=", id)
        .execute();
    },
    onScheduleSucceeded: async (id) => {
      await opened.store.db
        .updateTable("schedules")
        .set({ last_error: null })
        .where("id", "=", id)
        .where("last_error", "is not", null)
        .execute();
    },
  });
  const dispatch = opts.scheduler ? await startDispatcher(config, base, log) : null;
  services.serverFigures = () => ({ version: SERVER_VERSION, tasksQueued: worker.running, startedAt });
  await worker.ready();
  worker.start();
  const health = await startHealth(config, base, "worker", () => ({
    running: worker.running,
    completed: worker.completed,
    schedulerLeader: dispatch?.dispatcher.leading ?? false,
  }));
  stop = async () => {
    health?.close();
    await dispatch?.stop();
    await worker.close();
    await poke.quit().catch(() => {});
    schedules.stop();
    await presence.close();
    await sync.stop();
    await bus.close();
    runtime.dispose();
    await opened.close();
  };
  log(`tsmoo worker is running (pid ${process.pid}, queue prefix '${config.queuePrefix}').`);
}

async function startDispatcher(config: ScaleoutConfig, base: Base, log: Log) {
  const queue = new BullMqQueue({ url: config.redisUrl, prefix: config.queuePrefix, log });
  const dispatcher = new ScheduleDispatcher({
    db: base.opened.store.db,
    queue,
    results: base.results,
    url: config.redisUrl,
    prefix: config.queuePrefix,
    log,
  });
  await dispatcher.start();
  return {
    dispatcher,
    async stop() {
      await dispatcher.stop();
      await queue.drain();
    },
  };
}

export async function schedulerCommand(rawConfig: Config, log: Log = console.log): Promise<void> {
  const config = requireServices(rawConfig, "scheduler");
  let stop: () => Promise<void> = async () => {};
  onSignals("scheduler", log, () => stop());
  const base = await openShared(config, log, false);
  const dispatch = await startDispatcher(config, base, log);
  const health = await startHealth(config, base, "scheduler", () => ({ leader: dispatch.dispatcher.leading }));
  stop = async () => {
    health?.close();
    await dispatch.stop();
    await base.sync.stop();
    await base.opened.close();
  };
  log(`tsmoo scheduler is running (pid ${process.pid}).`);
}

export async function shellCommand(rawConfig: Config, log: Log = console.log): Promise<void> {
  const config = requireServices(rawConfig, "shell");
  const servers: RunningServer[] = [];
  let stop: () => Promise<void> = async () => {
    for (const s of servers) await s.close().catch(() => {});
  };
  onSignals("shell", log, () => stop());
  const base = await openShared(config, log, false);
  const { opened, sync } = base;
  const queue = new BullMqQueue({ url: config.redisUrl, prefix: config.queuePrefix, log });
  await queue.ready();
  const bus = new RedisBus({ url: config.redisUrl, prefix: config.queuePrefix, log });
  let gateway: GameGateway | null = null;
  const presence = new RedisPresence({
    url: config.redisUrl,
    prefix: config.queuePrefix,
    log,
    local: () => [...(gateway?.connections.values() ?? [])],
  });
  gateway = new GameGateway(opened.world, opened.accounts, queue, bus, presence);
  const history = new CommandHistory();
  if (config.sshPort > 0) {
    const key = await sharedHostKey(opened.store.db, config.sshHostKeyFile);
    const server = await startSshServer({
      gateway,
      host: config.bind,
      port: config.sshPort,
      hostKeyDir: await sharedHostKeyDir(config.dataDir, key),
      history,
    });
    servers.push(server);
    log(`SSH:    port ${server.port}`);
  }
  if (config.telnetPort > 0) {
    const server = await startTelnetServer({
      gateway,
      host: config.bind,
      port: config.telnetPort,
      history,
      serverName: config.serverName,
    });
    servers.push(server);
    log(`Telnet: port ${server.port}`);
  }
  const health = await startHealth(config, base, "shell", () => ({
    connections: gateway.connections.size,
  }));
  stop = async () => {
    health?.close();
    // Closing the listeners closes every session (their disconnect hooks are submitted as tasks).
    for (const s of servers) await s.close().catch(() => {});
    await queue.drain();
    await presence.close();
    await bus.close();
    await sync.stop();
    await opened.close();
  };
  log(`tsmoo shell is running (pid ${process.pid}).`);
}
