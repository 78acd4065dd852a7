/**
 * The world model's front door: loads the world from storage, starts transactions and commits
 * them. Commit writes a transaction's changes in one database transaction, then swaps the new
 * records into the in-memory state. With several processes on one database (scale-out), commit
 * first checks that nothing this transaction read or wrote was changed by someone else since
 * (optimistic concurrency on per-object versions); if it was, it throws `ConflictError` and the
 * task runner re-runs the task on fresh state.
 */
import { type Kysely, sql, type Transaction } from "kysely";
import { ConflictError } from "../core/errors.js";
import type { ObjId } from "../core/ids.js";
import type { Database } from "../storage/schema.js";
import type { Store } from "../storage/store.js";
import { writeChanges } from "./commit-writer.js";
import { IdAllocator } from "./id-allocator.js";
import { loadObjects, rebuildContents } from "./load-world.js";
import type { ObjectRecord } from "./records.js";
import { WorldState } from "./world-state.js";
import { WorldTx } from "./world-tx.js";

export interface WorldOptions {
  /** Check read/write versions at commit (needed when several processes share the database). */
  validateOnCommit?: boolean;
}

/** Extra writes a task adds to its commit (scheduled tasks, mail...). */
export type CommitHook = (trx: Transaction<Database>) => Promise<void>;

export interface CommitInfo {
  /** Objects changed or destroyed by the commit. */
  changed: ObjId[];
}

/**
 * PostgreSQL channel on which every commit announces what it changed (`pg_notify` inside the
 * commit transaction, so listeners hear it only if and after it commits, in commit order). Other
 * processes sharing the database refresh those objects (see src/tasks/scaleout/world-sync.ts).
 * Payload: JSON `{ "c": [[id, version], ...] }` (version 0 = destroyed), or `{ "all": true }` when
 * the list would not fit in a notification.
 */
export const WORLD_CHANGES_CHANNEL = "tsmoo_world_changes";

/** Thrown by validation: these objects changed in storage since this process last loaded them. */
class StaleObjects extends ConflictError {
  constructor(readonly ids: ObjId[]) {
    super(`#${ids[0]} was changed by another task`);
  }
}

export class World {
  readonly state = new WorldState();
  private readonly objectIds: IdAllocator;
  private readonly verbIds: IdAllocator;
  private commitChain: Promise<unknown> = Promise.resolve();
  private listeners: ((info: CommitInfo) => void)[] = [];

  private constructor(
    readonly store: Store,
    private readonly opts: WorldOptions,
  ) {
    this.objectIds = new IdAllocator(store.db, "next_object_id");
    this.verbIds = new IdAllocator(store.db, "next_verb_id");
  }

  /** Loads the whole world from an already-migrated store. */
  static async open(store: Store, opts: WorldOptions = {}): Promise<World> {
    const w = new World(store, opts);
    await w.reload();
    await w.ensureIds();
    return w;
  }

  async reload(): Promise<void> {
    const objects = await loadObjects(this.store.db);
    rebuildContents(objects);
    this.state.reset(objects);
  }

  /**
   * Re-reads some objects after another process committed changes to them. A record already held
   * at the same or a newer version is kept (refreshes can race with this process's own commits).
   */
  async refresh(ids: readonly ObjId[]): Promise<void> {
    if (ids.length === 0) return;
    // One snapshot for all the rows of these objects (no half-committed record on PostgreSQL).
    const fresh =
      this.store.dialect === "postgres"
        ? await this.store.db
            .transaction()
            .setIsolationLevel("repeatable read")
            .execute((trx) => loadObjects(trx, ids))
        : await loadObjects(this.store.db, ids);
    const changes = new Map<ObjId, ObjectRecord | null>();
    for (const id of ids) {
      const f = fresh.get(id) ?? null;
      const cur = this.state.get(id);
      if (f && cur && f.version <= cur.version) continue;
      if (!f && !cur) continue;
      changes.set(id, f);
    }
    if (changes.size === 0) return;
    this.applyRefreshed(changes);
  }

  /**
   * Swaps in records committed by another process. Contents are derived from locations, so they
   * are recomputed for every container involved; the ancestor and verb caches are dropped only
   * when parents or verbs actually changed (most commits change properties only).
   */
  private applyRefreshed(changes: Map<ObjId, ObjectRecord | null>): void {
    let hierarchy = false;
    let verbs = false;
    const containers = new Set<ObjId>();
    for (const [id, rec] of changes) {
      const cur = this.state.get(id);
      if (!cur || !rec || !sameIds(cur.parents, rec.parents)) {
        hierarchy = true;
        verbs = true;
      } else if (cur.verbs.length !== rec.verbs.length || JSON.stringify(cur.verbs) !== JSON.stringify(rec.verbs)) {
        verbs = true;
      }
      if (cur && cur.location >= 0) containers.add(cur.location);
      if (rec) {
        if (rec.location >= 0) containers.add(rec.location);
        containers.add(id);
      }
    }
    const lists = new Map<ObjId, ObjectRecord[]>();
    for (const c of containers) lists.set(c, []);
    for (const o of this.state.objects.values()) if (!changes.has(o.id)) lists.get(o.location)?.push(o);
    for (const r of changes.values()) if (r) lists.get(r.location)?.push(r);
    for (const [c, list] of lists) {
      list.sort((a, b) => a.locationSeq - b.locationSeq || a.id - b.id);
      const ids = list.map((x) => x.id);
      const own = changes.get(c);
      // A fresh record from storage is ours to fill in; others are copied.
      if (own) own.contents = ids;
      else if (!changes.has(c)) {
        const cur = this.state.get(c);
        if (cur && !sameIds(cur.contents, ids)) changes.set(c, { ...cur, contents: ids });
      }
    }
    this.state.apply(changes, hierarchy, verbs);
  }

  /** Makes sure enough object and verb numbers are reserved for the next task. */
  async ensureIds(min = 50, minVerbs = min): Promise<void> {
    await this.objectIds.ensure(min);
    await this.verbIds.ensure(minVerbs);
  }

  begin(): WorldTx {
    return new WorldTx(this.state, { objects: this.objectIds, verbs: this.verbIds });
  }

  onCommit(fn: (info: CommitInfo) => void): void {
    this.listeners.push(fn);
  }

  /** Writes the transaction's changes (and `hooks`) atomically, then publishes them in memory. */
  async commit(tx: WorldTx, hooks: readonly CommitHook[] = []): Promise<CommitInfo> {
    const run = this.commitChain.then(() => this.commitNow(tx, hooks));
    this.commitChain = run.catch(() => {});
    return run;
  }

  private async commitNow(tx: WorldTx, hooks: readonly CommitHook[]): Promise<CommitInfo> {
    if (!tx.changed && hooks.length === 0) {
      // A read-only task writes nothing, but what it read (and told the player) must not be older
      // than what another process already committed: check the versions it read, without locks.
      // A stale read is refreshed and the task re-run like any conflict.
      if (this.opts.validateOnCommit && tx.readVersions.size > 0) {
        try {
          await this.validate(this.store.db, tx, false);
        } catch (err) {
          if (err instanceof StaleObjects) await this.refresh(err.ids).catch(() => {});
          throw err;
        }
      }
      return { changed: [] };
    }
    // New versions: every changed record goes one past the committed version.
    const changes = new Map<ObjId, ObjectRecord | null>();
    for (const [id, rec] of tx.overlay) {
      if (rec === null) changes.set(id, null);
      else changes.set(id, { ...rec, version: (this.state.get(id)?.version ?? 0) + 1 });
    }
    try {
      await this.store.db.transaction().execute(async (trx) => {
        if (this.opts.validateOnCommit) await this.validate(trx, tx);
        await writeChanges(trx, changes, (id) => this.state.get(id), tx.audits);
        for (const h of hooks) await h(trx);
        if (this.store.dialect === "postgres") await notifyChanges(trx, changes);
      });
    } catch (err) {
      // Re-read what another process changed, so the task's next attempt sees it.
      if (err instanceof StaleObjects) await this.refresh(err.ids).catch(() => {});
      throw err;
    }
    this.state.apply(changes, tx.hierarchyChanged, tx.verbsChanged);
    const info = { changed: [...changes.keys()] };
    for (const l of this.listeners) l(info);
    return info;
  }

  /**
   * Fails with ConflictError when a record read or written has a newer version in storage. In a
   * commit (`lock`), the rows are locked until it ends, so nobody changes them in between.
   */
  private async validate(trx: Kysely<Database> | Transaction<Database>, tx: WorldTx, lock = true): Promise<void> {
    const expected = new Map(tx.readVersions);
    for (const id of tx.overlay.keys()) {
      const base = this.state.get(id);
      if (base && !expected.has(id)) expected.set(id, base.version);
    }
    const ids = [...expected.keys()];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const q = trx.selectFrom("objects").select(["id", "version"]).where("id", "in", chunk);
      const rows = await (lock ? q.forUpdate() : q).execute();
      const found = new Map(rows.map((r) => [r.id, r.version]));
      const stale = chunk.filter((id) => found.get(id) !== expected.get(id));
      if (stale.length > 0) throw new StaleObjects(stale);
    }
  }

  async close(): Promise<void> {
    await this.commitChain;
  }
}

function sameIds(a: readonly ObjId[], b: readonly ObjId[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Announces a commit's changed objects to other processes (delivered only if the commit succeeds). */
async function notifyChanges(trx: Transaction<Database>, changes: Map<ObjId, ObjectRecord | null>): Promise<void> {
  const c: [ObjId, number][] = [];
  for (const [id, rec] of changes) c.push([id, rec?.version ?? 0]);
  let payload = JSON.stringify({ c });
  if (payload.length > 7000) payload = JSON.stringify({ all: true });
  await sql`select pg_notify(${WORLD_CHANGES_CHANNEL}, ${payload})`.execute(trx);
}
