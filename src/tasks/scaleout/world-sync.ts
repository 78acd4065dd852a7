/**
 * Keeps this process's in-memory world coherent with commits made by other processes.
 *
 * Every commit on PostgreSQL sends `pg_notify(WORLD_CHANGES_CHANNEL, [[id, version]…])` inside
 * its transaction (src/world/world.ts), so a notification arrives only for a commit that
 * happened, in commit order, from every writer (workers, `moo createuser`, anything). This class
 * LISTENs on a dedicated connection and re-reads the objects whose version it does not have yet.
 * When the connection drops (PostgreSQL restarted) it reconnects with backoff and compares every
 * object's version with storage, so nothing missed while disconnected stays stale.
 *
 * A refresh arrives a few milliseconds after the commit; a task that read an older version in the
 * meantime is caught by commit validation and re-run (see World.commit).
 */
import { sql } from "kysely";
import pg from "pg";
import type { ObjId } from "../../core/ids.js";
import type { World } from "../../world/index.js";
import { WORLD_CHANGES_CHANNEL } from "../../world/world.js";

export interface WorldSyncOptions {
  world: World;
  databaseUrl: string;
  log?: (msg: string) => void;
}

export class WorldSync {
  private client: pg.Client | null = null;
  private stopped = false;
  private readonly pending = new Set<ObjId>();
  private full = false;
  private flushing: Promise<void> | null = null;
  private retry = 0;
  /** Objects refreshed because of other processes' commits (for tests and health). */
  refreshed = 0;
  connected = false;

  constructor(private readonly opts: WorldSyncOptions) {}

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.opts.databaseUrl });
    client.on("notification", (n) => {
      if (n.channel === WORLD_CHANGES_CHANNEL) this.notified(n.payload ?? "");
    });
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${WORLD_CHANGES_CHANNEL}`);
    } catch (e) {
      client.removeAllListeners("end");
      await client.end().catch(() => {});
      client.on("error", () => {});
      this.opts.log?.(`world sync: cannot listen (${e instanceof Error ? e.message : String(e)}); retrying`);
      this.scheduleReconnect();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => {});
      return;
    }
    if (this.retry > 0) this.opts.log?.("world sync: reconnected to PostgreSQL");
    this.client = client;
    this.connected = true;
    this.retry = 0;
    // Whatever was committed before we listened (or while disconnected) is caught by a full compare.
    this.full = true;
    this.kick();
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.connected = false;
    if (this.stopped) return;
    this.opts.log?.("world sync: lost the PostgreSQL connection; reconnecting");
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    const ms = Math.min(100 * 2 ** this.retry++, 2000);
    setTimeout(() => void this.connect(), ms).unref();
  }

  private notified(payload: string): void {
    let msg: { c?: [ObjId, number][]; all?: boolean };
    try {
      msg = JSON.parse(payload);
    } catch {
      return;
    }
    if (msg.all) this.full = true;
    for (const [id, version] of msg.c ?? []) {
      const cur = this.opts.world.state.get(id);
      // Our own commits (and anything already refreshed) are skipped.
      if (version === 0 ? cur !== undefined : !cur || cur.version < version) this.pending.add(id);
    }
    this.kick();
  }

  private kick(): void {
    if (this.flushing || (this.pending.size === 0 && !this.full)) return;
    this.flushing = this.flush().finally(() => {
      this.flushing = null;
      this.kick();
    });
  }

  private async flush(): Promise<void> {
    try {
      if (this.full) {
        this.full = false;
        this.pending.clear();
        await this.resyncAll();
        return;
      }
      const ids = [...this.pending];
      this.pending.clear();
      await this.opts.world.refresh(ids);
      this.refreshed += ids.length;
    } catch (e) {
      this.opts.log?.(`world sync: refresh failed (${e instanceof Error ? e.message : String(e)}); will compare all`);
      this.full = true;
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  /** Compares every object's version with storage and re-reads the ones that differ. */
  private async resyncAll(): Promise<void> {
    const world = this.opts.world;
    const rows = await sql<{ id: number; version: number }>`select id, version from objects`.execute(world.store.db);
    const inDb = new Set<ObjId>();
    const stale: ObjId[] = [];
    for (const r of rows.rows) {
      const id = Number(r.id);
      inDb.add(id);
      if (world.state.get(id)?.version !== Number(r.version)) stale.push(id);
    }
    for (const id of world.state.objects.keys()) if (!inDb.has(id)) stale.push(id);
    if (stale.length > 0) {
      await world.refresh(stale);
      this.refreshed += stale.length;
    }
  }

  /** Resolves when every notification received so far has been applied (tests). */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const c = this.client;
    this.client = null;
    this.connected = false;
    await this.flushing?.catch(() => {});
    if (c) await c.end().catch(() => {});
  }
}
