/**
 * SDK operations on stored schedules (issue 8, daemons): `schedules(obj?)` lists them and
 * `cancelSchedule(id)` removes one when the task commits. `invoke` (task-run.ts) returns the id.
 *
 * Who sees what: a schedule belongs to whoever scheduled it (the acting permissions when `invoke`
 * ran); wizards see and cancel every schedule, anyone else only their own — someone else's id is
 * refused (E_PERM), an unknown id gives `false`. What the task itself scheduled or cancelled is
 * taken into account before it commits. The commit deletes only the rows the canceller may
 * delete (`any` for wizards), so a stale index cannot widen what a non-wizard may cancel.
 */
import { InvalidArgument, PermissionDenied } from "../../core/errors.js";
import type { ObjId } from "../../core/ids.js";
import { type MooValue, ref } from "../../core/values.js";
import type { RuntimeEffect } from "./effects.js";
import type { OpsHost } from "./programming-ops.js";
import type { ScheduleSummary } from "./services.js";
import { objIdFromSandbox, stringFromSandbox } from "./values.js";

type Op = (a: unknown, b: unknown, c: unknown, d: unknown) => unknown;
type ScheduleEffect = Extract<RuntimeEffect, { type: "schedule" }>;

function pendingSummary(e: ScheduleEffect, now: number): ScheduleSummary {
  return {
    id: e.id,
    this: e.this,
    verb: e.verb,
    by: e.by,
    player: e.player,
    everyMs: e.everyMs,
    cron: e.cron,
    nextRunAt: e.cron ? null : now + (e.delayMs || e.everyMs || 0),
    lastError: null,
  };
}

function toSandbox(s: ScheduleSummary): MooValue {
  return {
    id: s.id,
    this: ref(s.this),
    verb: s.verb,
    by: ref(s.by),
    player: ref(s.player),
    every: s.everyMs === null ? null : s.everyMs / 1000,
    cron: s.cron,
    nextRun: s.nextRunAt,
    lastError: s.lastError,
  };
}

export function scheduleOps(t: OpsHost): Map<string, Op> {
  const w = t.world;
  const ops = new Map<string, Op>();
  const mayManage = (s: ScheduleSummary) => s.by === t.perms || w.isWizard(t.perms);
  const pending = () => t.effects.filter((e): e is ScheduleEffect => e.type === "schedule");
  const cancelled = () => new Set(t.effects.flatMap((e) => (e.type === "unschedule" ? [e.id] : [])));

  ops.set("schedules", (a) => {
    const obj: ObjId | null = a === null ? null : objIdFromSandbox(a, "object");
    const gone = cancelled();
    const now = Date.now();
    const all = [
      ...(t.services.schedules?.list(obj ?? undefined) ?? []),
      ...pending()
        .filter((e) => obj === null || e.this === obj)
        .map((e) => pendingSummary(e, now)),
    ];
    return all.filter((s) => !gone.has(s.id) && mayManage(s)).map(toSandbox);
  });

  ops.set("cancelSchedule", (a) => {
    const id = stringFromSandbox(a, "schedule id", 100);
    if (id === "") throw new InvalidArgument("cancelSchedule needs a schedule id");
    const mine = t.effects.findIndex((e) => e.type === "schedule" && e.id === id);
    if (mine >= 0) {
      const e = t.effects[mine] as ScheduleEffect;
      if (!mayManage(pendingSummary(e, 0))) throw new PermissionDenied("You may only cancel your own schedules.");
      t.effects.splice(mine, 1);
      return true;
    }
    const s = t.services.schedules?.get(id);
    if (!s || cancelled().has(id)) return false;
    if (!mayManage(s)) throw new PermissionDenied("You may only cancel your own schedules.");
    t.effects.push({ type: "unschedule", id, by: t.perms, any: w.isWizard(t.perms) });
    return true;
  });

  return ops;
}
