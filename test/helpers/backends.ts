/**
 * The storage backends every storage/world test runs against: SQLite in memory always, and a real
 * PostgreSQL when TEST_DATABASE_URL is set (`.ci/run` and `scripts/test-services.sh` set it).
 * Each PostgreSQL test store is a fresh database, dropped afterwards.
 */
import pg from "pg";
import { openStore, type Store } from "../../src/storage/store.js";

export interface Backend {
  name: "sqlite" | "postgres";
  /** A fresh, migrated store and a function that disposes of it. */
  open(): Promise<{ store: Store; url?: string; cleanup: () => Promise<void> }>;
}

let counter = 0;

export const pgUrl = process.env.TEST_DATABASE_URL;

export function backends(): Backend[] {
  const list: Backend[] = [
    {
      name: "sqlite",
      async open() {
        const store = openStore({ dataDir: ":memory:" });
        await store.migrate();
        return { store, cleanup: () => store.close() };
      },
    },
  ];
  if (pgUrl) list.push({ name: "postgres", open: () => freshPostgres(pgUrl) });
  else if (process.env.CI) throw new Error("TEST_DATABASE_URL must be set in CI (see .ci/run)");
  else console.warn('# PostgreSQL tests skipped: set TEST_DATABASE_URL (eval "$(scripts/test-services.sh start)")');
  return list;
}

/** Creates an empty database on the test server; returns its URL and a dropper. */
export async function createTestDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tsmoo_t_${process.pid}_${Date.now() % 100000}_${++counter}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function freshPostgres(adminUrl: string) {
  const { url, drop } = await createTestDatabase(adminUrl);
  const store = openStore({ databaseUrl: url, poolSize: 4 });
  await store.migrate();
  return {
    store,
    url,
    cleanup: async () => {
      await store.close();
      await drop();
    },
  };
}

/** A way to run a whole server in tests: its extra environment, and how to clean up after it. */
export interface HarnessMode {
  name: "SQLite" | "PostgreSQL";
  env(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }>;
}

/**
 * The server modes transcript tests run in: the embedded default (SQLite) always, and PostgreSQL
 * (a fresh database per suite) when TEST_DATABASE_URL is set.
 */
export function harnessModes(): HarnessMode[] {
  const modes: HarnessMode[] = [{ name: "SQLite", env: async () => ({ env: {}, drop: async () => {} }) }];
  const adminUrl = pgUrl;
  if (adminUrl) {
    modes.push({
      name: "PostgreSQL",
      env: async () => {
        const db = await createTestDatabase(adminUrl);
        return { env: { DATABASE_URL: db.url }, drop: db.drop };
      },
    });
  }
  return modes;
}
