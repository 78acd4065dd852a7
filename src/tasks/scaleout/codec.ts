/**
 * Tasks and their outcomes as plain JSON, for BullMQ job data and results and for the
 * `task_results` table. Values keep their object references (`{"o#": N}`, like storage).
 */
import { fromWire, type MooValue, toWire } from "../../core/values.js";
import type { PromptCallback } from "../effects.js";
import type { TaskOutcome, TaskRequest } from "../task-runner.js";

export type WireRequest = Record<string, unknown>;

export interface WireOutcome {
  status: 0 | 1;
  events: TaskOutcome["events"];
  callbacks: [string, { this: number; verb: string; args: unknown }][];
  value?: unknown;
}

export function encodeRequest(req: TaskRequest): WireRequest {
  if (req.kind === "invoke") return { ...req, args: toWire(req.args) };
  return { ...req };
}

export function decodeRequest(w: WireRequest): TaskRequest {
  if (w.kind === "invoke") return { ...(w as object), args: fromWire(w.args) as MooValue[] } as TaskRequest;
  if (w.kind === "command" || w.kind === "eval") return w as unknown as TaskRequest;
  throw new TypeError(`unknown task kind '${String(w.kind)}'`);
}

export function encodeOutcome(o: TaskOutcome): WireOutcome {
  return {
    status: o.status,
    events: o.events,
    callbacks: [...o.callbacks].map(([id, cb]) => [id, { this: cb.this, verb: cb.verb, args: toWire(cb.args) }]),
    ...(o.value !== undefined ? { value: toWire(o.value) } : {}),
  };
}

export function decodeOutcome(w: WireOutcome): TaskOutcome {
  const callbacks = new Map<string, PromptCallback>();
  for (const [id, cb] of w.callbacks ?? []) {
    callbacks.set(id, { this: cb.this, verb: cb.verb, args: fromWire(cb.args) as MooValue[] });
  }
  return {
    status: w.status,
    events: w.events ?? [],
    callbacks,
    ...(w.value !== undefined ? { value: fromWire(w.value) } : {}),
  };
}

/** What a player is told when their task could not be run at all. */
export function failedOutcome(text: string): TaskOutcome {
  return { status: 1, events: [{ type: "output", text, kind: "error" }], callbacks: new Map() };
}
