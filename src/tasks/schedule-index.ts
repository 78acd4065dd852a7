/**
 * The schedules table as this process knows it, in memory, so verb code can list and cancel
 * schedules synchronously (`schedules()`, `cancelSchedule()`; src/runtime/task/schedule-ops.ts).
 *
 * Loaded at start; updated at once by this process's commits (`committed`) and by its scheduler
 * (`ran`, `failed`). When other processes share the database (PostgreSQL: scale-out workers, the
 * scheduler leader, another `moo start`), `startRefresh` reloads it every few seconds; a reload
 * keeps what this process changed after the reload began. So another process's new schedule may
 * be unknown here for a refresh period (documented in docs/decisions.md); cancelling stays safe
 * because the commit deletes only rows the canceller may delete.
 */
import type { Kysely } from "kysely";
import type { ObjId } from "../core/ids.js";
import type { ScheduleLookup, ScheduleSummary } from "../runtime/index.js";
import type { Database } from "../storage/schema.js";
import type { ScheduleCancel, ScheduleRequest } from "./effects.js";
import { firstRun } from "./schedules.js";

export class ScheduleIndex implements ScheduleLookup {
  private byId = new Map<string, ScheduleSummary>();
  /** Local changes since the oldest reload still running: id → (sequence number, entry or deleted). */
  private readonly local = new Map<string, { seq: number; entry: ScheduleSummary | null }>();
  private seq = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  get size(): number {
    return this.byId.size;
  }

  get(id: string): ScheduleSummary | undefined {
    return this.byId.get(id);
  }

  list(obj?: ObjId): ScheduleSummary[] {
    const all = [...this.byId.values()];
    return obj === undefined ? all : all.filter((s) => s.this === obj);
  }

  /** Reads every row. */
  async load(): Promise<void> {
    const started = this.seq;
    const rows = await this.db
      .selectFrom("schedules")
      .select([
        "id",
        "handle",
        "this_obj",
        "verb",
        "perms",
        "player",
        "interval_ms",
        "cron",
        "next_run_at",
        "last_error",
      ])
      .execute();
    const next = new Map<string, ScheduleSummary>();
    for (const r of rows) {
      const id = r.handle ?? `r${r.id}`;
      next.set(id, {
        id,
        this: r.this_obj,
        verb: r.verb,
        by: r.perms,
        player: r.player,
        everyMs: r.interval_ms,
        cron: r.cron,
        nextRunAt: Date.parse(r.next_run_at),
        lastError: r.last_error,
      });
    }
    // What this process changed while the rows were read wins over the rows.
    for (const [id, l] of this.local) {
      if (l.seq <= started) this.local.delete(id);
      else if (l.entry) next.set(id, l.entry);
      else next.delete(id);
    }
    this.byId = next;
  }

  /** Reload every `ms` (when other processes write the same table). */
  startRefresh(ms: number, log?: (msg: string) => void): void {
    const tick = async () => {
      await this.load().catch((e) => log?.(`schedule index: ${e instanceof Error ? e.message : String(e)}`));
      if (this.timer) this.timer = setTimeout(tick, ms).unref();
    };
    this.timer = setTimeout(tick, ms).unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** A task of this process committed these schedules and cancellations. */
  committed(added: readonly ScheduleRequest[], cancelled: readonly ScheduleCancel[]): void {
    const now = Date.now();
    for (const s of added) {
      this.put(s.id, {
        id: s.id,
        this: s.this,
        verb: s.verb,
        by: s.perms,
        player: s.player,
        everyMs: s.everyMs ?? null,
        cron: s.cron ?? null,
        nextRunAt: firstRun(s, now).getTime(),
        lastError: null,
      });
    }
    for (const c of cancelled) {
      const s = this.byId.get(c.id);
      if (s && (c.any || s.by === c.by)) this.put(c.id, null);
    }
  }

  /** This process's scheduler ran a schedule: `next` null means the row is gone (one-shot). */
  ran(id: string, next: Date | null): void {
    const s = this.byId.get(id);
    if (!s) return;
    this.put(id, next ? { ...s, nextRunAt: next.getTime() } : null);
  }

  failed(id: string, error: string): void {
    const s = this.byId.get(id);
    if (s) this.put(id, { ...s, lastError: error });
  }

  /** A run succeeded after a failure: the error is cleared. */
  succeeded(id: string): void {
    const s = this.byId.get(id);
    if (s?.lastError) this.put(id, { ...s, lastError: null });
  }

  private put(id: string, entry: ScheduleSummary | null): void {
    this.local.set(id, { seq: ++this.seq, entry });
    if (entry) this.byId.set(id, entry);
    else this.byId.delete(id);
  }
}
