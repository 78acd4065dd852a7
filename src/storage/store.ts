/**
 * Opens the world database: SQLite through better-sqlite3 (embedded default, a file in the data
 * directory, WAL) or PostgreSQL through `pg` (scale-out). Both go through Kysely with one schema,
 * one migration set and one query code path.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, type Migration, type MigrationProvider, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { StorageError } from "../core/errors.js";
import type { DialectName } from "./dialect-name.js";
import * as m0001 from "./migrations/0001-initial.js";
import * as m0002 from "./migrations/0002-tasks-and-mail.js";
import * as m0003 from "./migrations/0003-schedule-handles.js";
import type { Database } from "./schema.js";

export interface StoreOptions {
  /** PostgreSQL connection string; when absent, SQLite is used. */
  databaseUrl?: string | undefined;
  /** Directory for the SQLite file (`<dataDir>/world.sqlite`). `:memory:` for a throw-away store. */
  dataDir?: string | undefined;
  /** Max PostgreSQL pool size. */
  poolSize?: number;
}

export interface Store {
  readonly dialect: DialectName;
  readonly db: Kysely<Database>;
  /** Human-readable location for logs, with any password removed. */
  readonly description: string;
  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

/** Every migration, in order. Each receives the dialect to pick column types where SQL differs. */
function migrationsFor(dialect: DialectName): Record<string, Migration> {
  const all = { "0001-initial": m0001, "0002-tasks-and-mail": m0002, "0003-schedule-handles": m0003 };
  const out: Record<string, Migration> = {};
  for (const [name, m] of Object.entries(all)) {
    out[name] = { up: (db) => m.up(db, dialect), down: (db) => m.down(db) };
  }
  return out;
}

export function openStore(opts: StoreOptions): Store {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10);
  return openSqlite(opts.dataDir ?? "./data");
}

function openSqlite(dataDir: string): Store {
  let file = ":memory:";
  if (dataDir !== ":memory:") {
    mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, "world.sqlite");
  }
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return makeStore("sqlite", db, file === ":memory:" ? "SQLite (in memory)" : `SQLite ${file}`);
}

// 64-bit integers (bigint columns, count(*)) as JavaScript numbers: our values stay below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

function openPostgres(url: string, poolSize: number): Store {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection (server restart) must not crash the process; the pool
  // discards it and the next query reconnects.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return makeStore("postgres", db, `PostgreSQL ${redactUrl(url)}`);
}

function makeStore(dialect: DialectName, db: Kysely<Database>, description: string): Store {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  return {
    dialect,
    db,
    description,
    async migrate() {
      const migrator = new Migrator({ db, provider });
      const { error, results } = await migrator.migrateToLatest();
      if (error) {
        const msg = error instanceof Error ? error.message : String(error);
        throw new StorageError(`migration failed: ${msg}`);
      }
      return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
    },
    async close() {
      await db.destroy();
    },
  };
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}
