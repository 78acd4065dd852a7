/**
 * Assembles a running game in one process: world, verb runtime, task runner and queue, output bus,
 * scheduler and the gateway front-ends talk to. `moo start` and the end-to-end tests use it.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_WORLD_DIR, loadDefaultWorld, readVerbFiles } from "../bootstrap/default-world-loader.js";
import { InProcessBus } from "../bus/index.js";
import { createRuntime, type Runtime, type RuntimeServices } from "../runtime/index.js";
import { accountActions } from "../tasks/account-actions.js";
import { GameGateway } from "../tasks/game-gateway.js";
import { InProcessQueue } from "../tasks/inproc-queue.js";
import { WorldSync } from "../tasks/scaleout/world-sync.js";
import { ScheduleIndex } from "../tasks/schedule-index.js";
import { Scheduler } from "../tasks/scheduler.js";
import { TaskRunner } from "../tasks/task-runner.js";
import type { Config } from "./config.js";
import { type OpenedWorld, openWorld } from "./open-world.js";

/** The server's version (package.json), shown by `@version`. */
export const SERVER_VERSION: string = (() => {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
})();

export interface Game extends OpenedWorld {
  runtime: Runtime;
  runner: TaskRunner;
  queue: InProcessQueue;
  bus: InProcessBus;
  gateway: GameGateway;
  scheduler: Scheduler;
  /** Stops accepting tasks, drains the queue, closes storage. */
  stop(): Promise<void>;
}

export async function startGame(
  config: Config,
  opts: { log?: (msg: string) => void; defaultWorldDir?: string } = {},
): Promise<Game> {
  const log = opts.log ?? console.log;
  const opened = await openWorld(config, log);
  const startedAt = Date.now();
  // Filled in below, once the queue and gateway exist (the runtime reads it at every task).
  const services: RuntimeServices = {};
  const runtime = createRuntime({
    timeLimitMs: config.taskTimeLimitMs,
    memoryLimitMb: config.memoryLimitMb,
    services,
  });
  const dir = opts.defaultWorldDir ?? DEFAULT_WORLD_DIR;
  if (existsSync(path.join(dir, "objects.ts"))) {
    services.verbFiles = () => readVerbFiles(dir);
    const report = await loadDefaultWorld(opened.world, {
      sync: false,
      dir,
      compile: (src) => ({ compiled: runtime.compileVerb(src).js }),
    });
    log(report);
  }
  const bus = new InProcessBus();
  const runner = new TaskRunner(opened.world, runtime, bus);
  const queue = new InProcessQueue(runner);
  const gateway = new GameGateway(opened.world, opened.accounts, queue, bus);
  const schedules = new ScheduleIndex(opened.store.db);
  await schedules.load();
  services.schedules = schedules;
  const scheduler = new Scheduler({ db: opened.store.db, submit: (req) => queue.submit(req), log, index: schedules });
  runner.onScheduled = (added, cancelled) => {
    schedules.committed(added, cancelled);
    scheduler.poke();
  };
  // Other processes on the same PostgreSQL may schedule and cancel too.
  if (config.databaseUrl) schedules.startRefresh(2000, log);
  await opened.accounts.loadIndex();
  runner.accountActions = accountActions(opened.accounts);
  services.accounts = opened.accounts;
  services.connections = () =>
    [...gateway.connections.values()].map((c) => ({
      player: c.player,
      connectedAt: c.connectedAt,
      lastInput: c.lastInput,
    }));
  services.serverFigures = () => ({ version: SERVER_VERSION, tasksQueued: queue.pending, startedAt });
  scheduler.start();
  // On a PostgreSQL shared with other processes (scale-out workers, another `moo start`), keep
  // this process's world coherent with their commits (see docs/SCALEOUT.md).
  const sync = config.databaseUrl ? new WorldSync({ world: opened.world, databaseUrl: config.databaseUrl, log }) : null;
  await sync?.start();
  return {
    ...opened,
    runtime,
    runner,
    queue,
    bus,
    gateway,
    scheduler,
    async stop() {
      await scheduler.stop();
      schedules.stop();
      await sync?.stop();
      await queue.drain();
      runtime.dispose();
      await bus.close();
      await opened.close();
    },
  };
}
