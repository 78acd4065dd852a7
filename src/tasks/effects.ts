/**
 * Turning what a committed task produced (print lines, runtime effects) into deliveries for
 * sessions and rows for the scheduler.
 */
import type { SessionEvent } from "../core/gateway.js";
import type { ObjId } from "../core/ids.js";
import type { MooValue } from "../core/values.js";
import type { AccountRequest, MailRequest, RuntimeEffect } from "../runtime/index.js";

/** A verb to run with the text a player answers an editor or input prompt with. */
export interface PromptCallback {
  this: ObjId;
  verb: string;
  args: MooValue[];
}

export interface PlayerEvent {
  to: ObjId;
  event: SessionEvent;
  callback?: PromptCallback;
}

/** A task to run later (delay) or repeatedly (every / cron), with the scheduler's perms. */
export interface ScheduleRequest {
  /** The handle verb code got from `invoke` (the row's `handle`). */
  id: string;
  this: ObjId;
  verb: string;
  args: MooValue[];
  perms: ObjId;
  player: ObjId;
  delayMs?: number;
  everyMs?: number;
  cron?: string;
}

/** A schedule to delete in the task's commit (`cancelSchedule`): any row if `any` (a wizard), else only `by`'s. */
export interface ScheduleCancel {
  id: string;
  by: ObjId;
  any: boolean;
}

/** An account operation a verb asked for, performed after the commit (see runtime AccountRequest). */
export interface AccountAction {
  request: AccountRequest;
  player: ObjId;
  callback: PromptCallback | null;
}

/** A mail operation a verb asked for, performed in the task's commit (see runtime MailRequest). */
export interface MailAction {
  request: MailRequest;
  /** Whose mailbox (and the sender of `send`): always the task's player. */
  player: ObjId;
  callback: PromptCallback | null;
}

/** Splits runtime effects into player events, schedules, account and mail actions; `output` lines go to `player`. */
export function collectEffects(
  player: ObjId,
  output: readonly string[],
  effects: readonly RuntimeEffect[],
  into: {
    events: PlayerEvent[];
    schedules: ScheduleRequest[];
    cancels?: ScheduleCancel[];
    accounts?: AccountAction[];
    mail?: MailAction[];
  },
): void {
  for (const text of output) into.events.push({ to: player, event: { type: "output", text } });
  for (const e of effects) {
    if (e.type === "tell") into.events.push({ to: e.to, event: { type: "output", text: e.text, kind: e.kind } });
    else if (e.type === "session") {
      into.events.push({ to: e.to, event: e.event, ...(e.callback ? { callback: e.callback } : {}) });
    } else if (e.type === "account") {
      into.accounts?.push({ request: e.request, player: e.player, callback: e.callback });
    } else if (e.type === "mail") {
      into.mail?.push({ request: e.request, player: e.player, callback: e.callback });
    } else if (e.type === "unschedule") {
      into.cancels?.push({ id: e.id, by: e.by, any: e.any });
    } else {
      into.schedules.push({
        id: e.id,
        this: e.this,
        verb: e.verb,
        args: e.args,
        perms: e.by,
        player: e.player,
        delayMs: e.delayMs,
        ...(e.everyMs !== null ? { everyMs: e.everyMs } : {}),
        ...(e.cron !== null ? { cron: e.cron } : {}),
      });
    }
  }
}
