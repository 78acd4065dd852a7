/**
 * Runs scheduled tasks when they are due. Schedules live in the world database, so they survive
 * restarts of any process: at start the scheduler simply looks for due rows. One-shot rows are
 * deleted when run; periodic and cron rows get their next run time.
 */
import { Cron } from "croner";
import type { Kysely } from "kysely";
import { decodeValue, type MooValue } from "../core/values.js";
import type { Database } from "../storage/schema.js";
import type { ScheduleIndex } from "./schedule-index.js";
import type { TaskOutcome, TaskRequest } from "./task-runner.js";

export interface SchedulerOptions {
  db: Kysely<Database>;
  submit: (req: TaskRequest) => Promise<TaskOutcome>;
  /** How often to look for due rows. */
  pollMs?: number;
  log?: (msg: string) => void;
  /** Kept up to date with what this scheduler runs (verbs list schedules from it). */
  index?: ScheduleIndex;
}

export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private stopped = false;

  constructor(private readonly opts: SchedulerOptions) {}

  start(): void {
    this.stopped = false;
    const tick = async () => {
      if (this.stopped) return;
      await this.runDue().catch((e) => this.opts.log?.(`scheduler: ${String(e)}`));
      if (!this.stopped) this.timer = setTimeout(tick, this.opts.pollMs ?? 250);
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Wake up now (a task just scheduled something). */
  poke(): void {
    if (this.stopped || this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 10));
  }

  /** Runs every due schedule once; returns how many ran. */
  async runDue(now = new Date()): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const due = await this.opts.db
        .selectFrom("schedules")
        .selectAll()
        .where("enabled", "=", 1)
        .where("next_run_at", "<=", now.toISOString())
        .orderBy("next_run_at")
        .limit(100)
        .execute();
      for (const s of due) {
        // Claim the row first (advance or delete it) so a crash mid-run does not repeat it forever.
        const next = nextRun(s.kind, s.interval_ms, s.cron, now);
        const claimed =
          next === null
            ? await this.opts.db
                .deleteFrom("schedules")
                .where("id", "=", s.id)
                .where("next_run_at", "=", s.next_run_at)
                .executeTakeFirst()
            : await this.opts.db
                .updateTable("schedules")
                .set({ next_run_at: next.toISOString(), last_run_at: now.toISOString(), run_count: s.run_count + 1 })
                .where("id", "=", s.id)
                .where("next_run_at", "=", s.next_run_at)
                .executeTakeFirst();
        const rows = "numDeletedRows" in claimed ? claimed.numDeletedRows : claimed.numUpdatedRows;
        if (Number(rows) === 0) continue; // another scheduler took it
        const handle = s.handle ?? `r${s.id}`;
        this.opts.index?.ran(handle, next);
        const args = decodeValue(s.args);
        const outcome = await this.opts.submit({
          kind: "invoke",
          player: s.player,
          this: s.this_obj,
          verb: s.verb,
          args: Array.isArray(args) ? (args as MooValue[]) : [],
          perms: s.perms,
        });
        if (outcome.status !== 0 && next !== null) {
          // A failing run is recorded; the schedule keeps running.
          const text = outcome.events.map((e) => (e.type === "output" ? e.text : "")).join("\n");
          this.opts.index?.failed(handle, text.slice(0, 2000));
          await this.opts.db
            .updateTable("schedules")
            .set({ last_error: text.slice(0, 2000) })
            .where("id", "=", s.id)
            .execute();
        } else if (outcome.status === 0 && next !== null && s.last_error !== null) {
          // A run that succeeds clears the error: `last error` is about the schedule as it is now.
          this.opts.index?.succeeded(handle);
          await this.opts.db.updateTable("schedules").set({ last_error: null }).where("id", "=", s.id).execute();
        }
      }
      return due.length;
    } finally {
      this.running = false;
    }
  }
}

function nextRun(kind: string, intervalMs: number | null, cron: string | null, now: Date): Date | null {
  if (kind === "every" && intervalMs) return new Date(now.getTime() + intervalMs);
  if (kind === "cron" && cron) return new Cron(cron, { paused: true }).nextRun(now) ?? null;
  return null;
}
