/**
 * Turning what a committed task produced (print lines, runtime effects) into deliveries for
 * sessions and rows for the scheduler.
 */
import type { SessionEvent } from "../core/gateway.js";
import type { ObjId } from "../core/ids.js";
import type { MooValue } from "../core/values.js";
import type { AccountRequest, RuntimeEffect } from "../runtime/index.js";

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
  this: ObjId;
  verb: string;
  args: MooValue[];
  perms: ObjId;
  player: ObjId;
  delayMs?: number;
  everyMs?: number;
  cron?: string;
}

/** An account operation a verb asked for, performed after the commit (see runtime AccountRequest). */
export interface AccountAction {
  request: AccountRequest;
  player: ObjId;
  callback: PromptCallback | null;
}

/** Splits runtime effects into player events, schedules and account actions; `output` lines go to `player`. */
export function collectEffects(
  player: ObjId,
  output: readonly string[],
  effects: readonly RuntimeEffect[],
  into: { events: PlayerEvent[]; schedules: ScheduleRequest[]; accounts?: AccountAction[] },
): void {
  for (const text of output) into.events.push({ to: player, event: { type: "output", text } });
  for (const e of effects) {
    if (e.type === "tell") into.events.push({ to: e.to, event: { type: "output", text: e.text, kind: e.kind } });
    else if (e.type === "session") {
      into.events.push({ to: e.to, event: e.event, ...(e.callback ? { callback: e.callback } : {}) });
    } else if (e.type === "account") {
      into.accounts?.push({ request: e.request, player: e.player, callback: e.callback });
    } else {
      into.schedules.push({
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
