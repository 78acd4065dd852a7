/**
 * Composition of the web front-end for `moo start` and `moo web`: the admin service over the
 * game's world (writes serialized with game tasks through the queue), Prometheus metrics fed by
 * the task runner, the readiness probe, and the Fastify server.
 */
import { sql } from "kysely";
import { ConfigError } from "../core/errors.js";
import type { ReadinessCheck } from "../core/ops.js";
import {
  type CommandHistory,
  MooMetrics,
  startWebServer,
  VerbChecker,
  type WebServer,
  type WebServerOptions,
} from "../frontends/index.js";
import { WorldAdminService } from "../tasks/admin-service.js";
import type { Config } from "./config.js";
import type { Game } from "./game.js";

export interface WebParts {
  admin: WorldAdminService;
  metrics: MooMetrics;
  options: Omit<WebServerOptions, "host" | "port">;
}

/** Everything the web server needs from a running game (also used by the tests). */
export function webParts(
  game: Game,
  opts: { history?: CommandHistory; serverName?: string; defaultMetrics?: boolean } = {},
): WebParts {
  const admin = new WorldAdminService({
    world: game.world,
    accounts: game.accounts,
    store: game.store,
    compile: (source) => game.runtime.compileVerb(source).js,
    serialize: (fn) => game.queue.exclusive(fn),
    connections: () => game.gateway.connections.values(),
  });
  const metrics = new MooMetrics({ defaultMetrics: opts.defaultMetrics ?? true });
  game.runner.metrics = metrics;
  const ops = {
    async readiness(): Promise<ReadinessCheck[]> {
      const checks: ReadinessCheck[] = [];
      const started = performance.now();
      try {
        await sql`select 1`.execute(game.store.db);
        checks.push({ name: "database", ok: true, detail: `${game.store.dialect}, ${ms(started)} ms` });
      } catch (e) {
        checks.push({ name: "database", ok: false, detail: (e as Error).message });
      }
      const depth = game.queue.pending;
      checks.push({ name: "queue", ok: depth < 1000, detail: `${depth} task(s) waiting` });
      return checks;
    },
    queueDepth: () => game.queue.pending,
    sessionsByProtocol: () => {
      const counts: Record<string, number> = {};
      for (const c of game.gateway.connections.values()) counts[c.info.protocol] = (counts[c.info.protocol] ?? 0) + 1;
      return counts;
    },
  };
  metrics.attach(ops);
  return {
    admin,
    metrics,
    options: {
      gateway: game.gateway,
      admin,
      ops,
      metrics,
      ...(opts.history ? { history: opts.history } : {}),
      serverName: opts.serverName ?? "tsmoo",
    },
  };
}

export async function startWeb(config: Config, game: Game, history: CommandHistory): Promise<WebServer> {
  const parts = webParts(game, { history, serverName: config.serverName });
  const checker = new VerbChecker();
  const server = await startWebServer({
    ...parts.options,
    host: config.bind,
    port: config.httpPort,
    checker,
    ...webEnv(),
  });
  // Load the TypeScript library files now, not on the first keystroke in the IDE.
  setTimeout(() => checker.warm(), 100).unref();
  return server;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** The web server's environment settings (see README "Configuration"), checked like the others. */
export function webEnv(env: NodeJS.ProcessEnv = process.env): {
  logLevel: string;
  trustProxy: boolean;
  signup: boolean;
} {
  const logLevel = env.MOO_LOG_LEVEL || "info";
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`MOO_LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, not '${logLevel}'.`);
  }
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    if (raw === "1" || raw === "true") return true;
    if (raw === "0" || raw === "false") return false;
    throw new ConfigError(`${name} must be 1 or 0, not '${raw}'.`);
  };
  return { logLevel, trustProxy: flag("MOO_TRUST_PROXY", false), signup: flag("MOO_SIGNUP", true) };
}

function ms(since: number): number {
  return Math.round((performance.now() - since) * 10) / 10;
}
