/**
 * Configuration from environment variables, validated at start-up with clear messages.
 * See README "Configuration" for the list.
 */
import { ConfigError } from "../core/errors.js";

export interface Config {
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  bind: string;
  sshPort: number;
  telnetPort: number;
  httpPort: number;
  wizardPassword: string | undefined;
  taskTimeLimitMs: number;
  memoryLimitMb: number;
  serverName: string;
  /** Scale-out: key prefix of the task queue, bus and leases in Redis (one per world). */
  queuePrefix: string;
  /** Scale-out: `GET /healthz` on this port (0 = off). */
  healthPort: number;
  /** Scale-out: a shared SSH host key file for every `moo shell` (otherwise kept in the database). */
  sshHostKeyFile: string | undefined;
  /** Scale-out: tasks one `moo worker` runs at once. */
  workerConcurrency: number;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(`${name} must be a port number between 0 and 65535 (0 disables the listener), not '${raw}'.`);
  }
  return n;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${name} must be a positive whole number, not '${raw}'.`);
  return n;
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: '${raw}'.`);
  }
  if (!protocols.includes(u.protocol)) {
    throw new ConfigError(
      `${name} must start with ${protocols.map((p) => `${p}//`).join(" or ")}, not '${u.protocol}//'.`,
    );
  }
  return raw;
}

function prefix(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(raw)) {
    throw new ConfigError(`${name} may only contain letters, digits, '_', '.' and '-' (at most 64), not '${raw}'.`);
  }
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    dataDir: env.MOO_DATA_DIR || "./data",
    databaseUrl: url(env, "DATABASE_URL", ["postgres:", "postgresql:"]),
    redisUrl: url(env, "REDIS_URL", ["redis:", "rediss:"]),
    bind: env.MOO_BIND || "0.0.0.0",
    sshPort: port(env, "MOO_SSH_PORT", 8022),
    telnetPort: port(env, "MOO_TELNET_PORT", 8888),
    httpPort: port(env, "MOO_HTTP_PORT", 8080),
    wizardPassword: env.MOO_WIZARD_PASSWORD || undefined,
    taskTimeLimitMs: positiveInt(env, "MOO_TASK_TIME_LIMIT_MS", 3000),
    memoryLimitMb: positiveInt(env, "MOO_MEMORY_LIMIT_MB", 64),
    serverName: env.MOO_NAME || "tsmoo",
    queuePrefix: prefix(env, "MOO_QUEUE_PREFIX", "tsmoo"),
    healthPort: port(env, "MOO_HEALTH_PORT", 0),
    sshHostKeyFile: env.MOO_SSH_HOST_KEY_FILE || undefined,
    workerConcurrency: positiveInt(env, "MOO_WORKER_CONCURRENCY", 1),
  };
}
