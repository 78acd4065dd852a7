/**
 * The scheduler duty in scale-out mode: one leader at a time (a Redis lease) moves due rows of the
 * `schedules` table onto the task queue. The table is the source of truth (written in the same
 * transaction as the task that scheduled them: the transactional outbox), so restarting any
 * process, or Redis, loses no schedule: the next leader simply looks for due rows.
 *
 * Exactly once: a row is claimed (deleted, or moved to its next run time) in a PostgreSQL
 * transaction that commits only after the job is in the queue. If the leader dies in between, the
 * row is still due and is enqueued again under the same job id (`s<row>-<due time>`), which BullMQ
 * treats as the same job while it exists, and which `task_results` turns into a no-op after it ran.
 *
 * Workers publish on `<prefix>:schedules` after committing a task that scheduled something, so
 * zero-delay invocations (exitfunc, enterfunc, `invoke` without delay) start at once instead of at
 * the next poll.
 */
import { Cron } from "croner";
import type { Kysely } from "kysely";
import { newRedis } from "../../bus/index.js";
import { decodeValue, type MooValue } from "../../core/values.js";
import type { Database } from "../../storage/schema.js";
import type { BullMqQueue } from "./bullmq-queue.js";
import { LeaderLease } from "./leader.js";
import type { TaskResults } from "./task-results.js";

export interface DispatcherOptions {
  db: Kysely<Database>;
  queue: BullMqQueue;
  results: TaskResults;
  url: string;
  prefix: string;
  pollMs?: number;
  log?: (msg: string) => void;
}

export function pokeChannel(prefix: string): string {
  return `${prefix}:schedules`;
}

export class ScheduleDispatcher {
  private readonly lease: LeaderLease;
  private readonly sub;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;
  private lastPrune = 0;
  dispatched = 0;

  constructor(private readonly opts: DispatcherOptions) {
    this.lease = new LeaderLease({
      url: opts.url,
      prefix: opts.prefix,
      duty: "scheduler",
      ...(opts.log ? { log: opts.log } : {}),
      onChange: (leading) => {
        if (leading) this.poke();
      },
    });
    this.sub = newRedis(opts.url, "scheduler-poke", opts.log);
    this.sub.on("message", () => this.poke());
  }

  get leading(): boolean {
    return this.lease.leading;
  }

  async start(): Promise<void> {
    this.lease.start();
    await this.sub.subscribe(pokeChannel(this.opts.prefix)).catch(() => {});
    const tick = () => {
      if (this.stopped) return;
      this.poke();
      this.timer = setTimeout(tick, this.opts.pollMs ?? 500);
      this.timer.unref();
    };
    tick();
  }

  /** Run due schedules now (if leading). */
  poke(): void {
    if (this.stopped || !this.lease.leading) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runDue()
      .catch((e) => {
        this.opts.log?.(`scheduler: ${e instanceof Error ? e.message : String(e)}`);
        return 0;
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
  }

  /** Enqueues every due schedule once; returns how many. */
  async runDue(now = new Date()): Promise<number> {
    const db = this.opts.db;
    const due = await db
      .selectFrom("schedules")
      .selectAll()
      .where("enabled", "=", 1)
      .where("next_run_at", "<=", now.toISOString())
      .orderBy("next_run_at")
      .limit(200)
      .execute();
    let n = 0;
    for (const s of due) {
      if (this.stopped || !this.lease.leading) break;
      const next = nextRun(s.kind, s.interval_ms, s.cron, now);
      const args = decodeValue(s.args);
      await db.transaction().execute(async (trx) => {
        const claimed =
          next === null
            ? await trx
                .deleteFrom("schedules")
                .where("id", "=", s.id)
                .where("next_run_at", "=", s.next_run_at)
                .executeTakeFirst()
            : await trx
                .updateTable("schedules")
                .set({ next_run_at: next.toISOString(), last_run_at: now.toISOString(), run_count: s.run_count + 1 })
                .where("id", "=", s.id)
                .where("next_run_at", "=", s.next_run_at)
                .executeTakeFirst();
        const rows = "numDeletedRows" in claimed ? claimed.numDeletedRows : claimed.numUpdatedRows;
        if (Number(rows) === 0) return; // another scheduler took it
        await this.opts.queue.enqueue(
          {
            kind: "invoke",
            player: s.player,
            this: s.this_obj,
            verb: s.verb,
            args: Array.isArray(args) ? (args as MooValue[]) : [],
            perms: s.perms,
          },
          { jobId: `s${s.id}-${Date.parse(s.next_run_at)}`, ...(next !== null ? { schedule: s.id } : {}) },
        );
        n++;
      });
    }
    this.dispatched += n;
    if (Date.now() - this.lastPrune > 3600_000) {
      this.lastPrune = Date.now();
      await this.opts.results.prune().catch(() => {});
    }
    return n;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => {});
    await this.lease.stop();
    await this.sub.quit().catch(() => {});
  }
}

export function nextRun(kind: string, intervalMs: number | null, cron: string | null, now: Date): Date | null {
  if (kind === "every" && intervalMs) return new Date(now.getTime() + intervalMs);
  if (kind === "cron" && cron) return new Cron(cron, { paused: true }).nextRun(now) ?? null;
  return null;
}
