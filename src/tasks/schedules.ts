/**
 * Scheduled tasks are rows in the world database, written in the same transaction as the task
 * that scheduled them (a transactional outbox: a crash between commit and enqueue loses nothing,
 * a rolled-back task schedules nothing). The scheduler runs due rows.
 */
import { Cron } from "croner";
import type { Transaction } from "kysely";
import { InvalidArgument } from "../core/errors.js";
import { encodeValue } from "../core/values.js";
import type { Database } from "../storage/schema.js";
import type { CommitHook } from "../world/index.js";
import type { ScheduleCancel, ScheduleRequest } from "./effects.js";

export function validateCron(expr: string): void {
  try {
    new Cron(expr, { paused: true });
  } catch {
    throw new InvalidArgument(`'${expr}' is not a valid cron schedule (minute hour day-of-month month day-of-week).`);
  }
}

/** When a schedule should first run: after its delay, or (no delay) a periodic one after one interval. */
export function firstRun(s: ScheduleRequest, now = Date.now()): Date {
  if (s.cron) {
    const next = new Cron(s.cron, { paused: true }).nextRun(new Date(now));
    if (!next) throw new InvalidArgument(`The cron schedule '${s.cron}' never runs.`);
    return next;
  }
  return new Date(now + (s.delayMs || s.everyMs || 0));
}

/** Writes a task's new schedules, then deletes the ones it cancelled (a non-wizard only its own). */
export function scheduleHook(
  schedules: readonly ScheduleRequest[],
  cancels: readonly ScheduleCancel[] = [],
): CommitHook[] {
  if (schedules.length === 0 && cancels.length === 0) return [];
  return [
    async (trx) => {
      const now = new Date().toISOString();
      if (schedules.length > 0) await insertSchedules(trx, schedules, now);
      for (const c of cancels) {
        let q = trx.deleteFrom("schedules").where("handle", "=", c.id);
        if (!c.any) q = q.where("perms", "=", c.by);
        await q.execute();
      }
    },
  ];
}

async function insertSchedules(trx: Transaction<Database>, schedules: readonly ScheduleRequest[], now: string) {
  await trx
    .insertInto("schedules")
    .values(
      schedules.map((s) => ({
        handle: s.id,
        this_obj: s.this,
        verb: s.verb,
        args: encodeValue(s.args),
        perms: s.perms,
        player: s.player,
        kind: s.cron ? "cron" : s.everyMs ? "every" : "once",
        interval_ms: s.everyMs ?? null,
        cron: s.cron ?? null,
        next_run_at: firstRun(s).toISOString(),
        created_at: now,
      })),
    )
    .execute();
}
