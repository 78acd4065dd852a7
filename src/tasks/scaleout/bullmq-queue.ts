/**
 * The scale-out task queue: BullMQ on Redis. Front-end processes (and the scheduler duty) submit
 * each task as a job and await its result; `moo worker` processes take jobs one at a time and run
 * them with the task runner. Front-ends never run verbs.
 *
 *   front-end ── Queue.add(job: TaskRequest) ──► Redis ──► Worker (moo worker) ── TaskRunner.run
 *       ▲                                                          │
 *       └────────── QueueEvents "completed" (the TaskOutcome) ◄────┘
 *
 * Ordering: a session submits its next command only after the previous one's result came back,
 * so one player's commands run in order even when different workers run them.
 *
 * Failures: a job whose worker died is "stalled"; BullMQ gives it to another worker after the
 * lock expires (`lockMs`). A job whose processor threw (storage down…) is retried with backoff.
 * Either way `task_results` (see task-results.ts) makes sure a task that committed is never
 * committed again: the retry returns the stored outcome. A job that fails for good, or vanishes
 * (Redis restarted without persistence), is reported to the player as failed.
 */
import { randomUUID } from "node:crypto";
import { type ConnectionOptions, type Job, Queue, QueueEvents, Worker } from "bullmq";
import type { TaskQueue } from "../inproc-queue.js";
import type { TaskOutcome, TaskRequest, TaskRunner } from "../task-runner.js";
import {
  decodeOutcome,
  decodeRequest,
  encodeOutcome,
  encodeRequest,
  failedOutcome,
  type WireOutcome,
  type WireRequest,
} from "./codec.js";
import { isDuplicateKey, type TaskResults } from "./task-results.js";

export const QUEUE_NAME = "tasks";

export interface JobData {
  req: WireRequest;
  /** Set for scheduled invocations: the `schedules` row, to record errors on it. */
  schedule?: number;
}

export interface RedisQueueOptions {
  url: string;
  /** BullMQ key prefix: every process of one world must use the same one (MOO_QUEUE_PREFIX). */
  prefix: string;
  log?: (msg: string) => void;
}

export function connectionOptions(url: string): ConnectionOptions {
  return {
    url,
    maxRetriesPerRequest: null,
    enableOfflineQueue: true,
    retryStrategy: (times: number) => Math.min(50 * 2 ** Math.min(times, 6), 2000),
  } as ConnectionOptions;
}

const NOT_RUN = "Sorry, your command could not be run (the task queue is unavailable). Please try again.";
const LOST = "Sorry, your command was lost (the task queue was restarted). Please try again.";
const ERROR = "An error occurred while executing the command.";

export interface SubmitOptions {
  /** A deterministic job id (scheduled runs); a second submit with the same id is the same job. */
  jobId?: string;
  schedule?: number;
}

export class BullMqQueue implements TaskQueue {
  readonly queue: Queue<JobData>;
  private readonly events: QueueEvents;
  private closed = false;
  private readonly inflight = new Set<Promise<unknown>>();
  /** Round trips measured by submit (enqueue → result), for the bench and health output. */
  submitted = 0;

  constructor(private readonly opts: RedisQueueOptions) {
    const connection = connectionOptions(opts.url);
    this.queue = new Queue<JobData>(QUEUE_NAME, {
      connection,
      prefix: opts.prefix,
      streams: { events: { maxLen: 100_000 } },
      defaultJobOptions: {
        attempts: 5,
        backoff: { type: "exponential", delay: 500 },
        removeOnComplete: { age: 3600, count: 20_000 },
        removeOnFail: { age: 24 * 3600 },
      },
    });
    this.events = new QueueEvents(QUEUE_NAME, { connection, prefix: opts.prefix });
    const log = (e: Error) => opts.log?.(`task queue: ${e.message}`);
    this.queue.on("error", log);
    this.events.on("error", log);
  }

  async ready(): Promise<void> {
    await this.queue.waitUntilReady();
    await this.events.waitUntilReady();
  }

  submit(req: TaskRequest, so: SubmitOptions = {}): Promise<TaskOutcome> {
    if (this.closed) return Promise.reject(new Error("the server is shutting down"));
    const run = this.run(req, so);
    this.inflight.add(run);
    void run.finally(() => this.inflight.delete(run)).catch(() => {});
    return run;
  }

  /** Adds a job without waiting for it (the scheduler); throws when Redis is unavailable. */
  async enqueue(req: TaskRequest, so: SubmitOptions = {}): Promise<Job<JobData>> {
    const data: JobData = { req: encodeRequest(req), ...(so.schedule !== undefined ? { schedule: so.schedule } : {}) };
    return this.queue.add("task", data, { jobId: so.jobId ?? randomUUID() });
  }

  private async run(req: TaskRequest, so: SubmitOptions): Promise<TaskOutcome> {
    this.submitted++;
    let job: Job<JobData>;
    try {
      job = await this.enqueue(req, so);
    } catch (e) {
      this.opts.log?.(`task queue: could not enqueue: ${String(e)}`);
      return failedOutcome(NOT_RUN);
    }
    for (;;) {
      try {
        const value: unknown = await job.waitUntilFinished(this.events, 30_000);
        const wire = (typeof value === "string" ? JSON.parse(value) : value) as WireOutcome;
        return decodeOutcome(wire);
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        if (!/timed out before finishing/.test(msg)) {
          this.opts.log?.(`task ${job.id} failed: ${msg}`);
          return failedOutcome(ERROR);
        }
        // Still waiting, or gone? A job that no longer exists will never finish.
        const state = await this.queue.getJobState(job.id as string).catch(() => "unknown");
        if (state === "unknown") return failedOutcome(LOST);
      }
    }
  }

  /** Stops accepting tasks, waits for the ones in flight, disconnects. */
  async drain(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.inflight]);
    await Promise.allSettled([this.events.close(), this.queue.close()]);
  }
}

export interface TaskWorkerOptions extends RedisQueueOptions {
  runner: TaskRunner;
  results: TaskResults;
  /** Tasks run at once in this process (default 1: the sandbox runs one task at a time). */
  concurrency?: number;
  /** How long a job stays ours without a lock renewal; a dead worker's job is retried after it. */
  lockMs: number;
  /** Called when a scheduled invocation failed (records `last_error` on its row). */
  onScheduleFailed?: (schedule: number, text: string) => Promise<void>;
  /** Called when a scheduled invocation succeeded (clears a `last_error` left by an earlier run). */
  onScheduleSucceeded?: (schedule: number) => Promise<void>;
}

/** `moo worker`: takes jobs from the queue and runs them, exactly once in effect. */
export class TaskWorker {
  readonly worker: Worker<JobData, WireOutcome>;
  running = 0;
  completed = 0;

  constructor(private readonly opts: TaskWorkerOptions) {
    this.worker = new Worker<JobData, WireOutcome>(QUEUE_NAME, (job) => this.process(job), {
      connection: connectionOptions(opts.url),
      prefix: opts.prefix,
      concurrency: opts.concurrency ?? 1,
      lockDuration: opts.lockMs,
      stalledInterval: Math.max(1000, Math.floor(opts.lockMs / 2)),
      maxStalledCount: 3,
      autorun: false,
    });
    this.worker.on("error", (e) => opts.log?.(`worker: ${e.message}`));
    this.worker.on("failed", (job, e) => opts.log?.(`task ${job?.id ?? "?"} failed: ${e.message}`));
  }

  start(): void {
    void this.worker.run().catch((e) => this.opts.log?.(`worker stopped: ${String(e)}`));
  }

  async ready(): Promise<void> {
    await this.worker.waitUntilReady();
  }

  private async process(job: Job<JobData, WireOutcome>): Promise<WireOutcome> {
    const jobId = job.id as string;
    this.running++;
    try {
      // A retried job whose first run committed: return what it did, don't do it again. (A first
      // run needs no look: if a duplicate of it commits meanwhile, the primary key refuses ours.)
      const retried = job.attemptsStarted > 1 || job.attemptsMade > 0 || job.stalledCounter > 0;
      const done = retried ? await this.opts.results.lookup(jobId) : undefined;
      if (done) return done.outcome ?? lostOutput();
      const req = decodeRequest(job.data.req);
      let outcome: TaskOutcome;
      try {
        outcome = await this.opts.runner.run(req, {
          record: (o) => this.opts.results.hook(jobId, encodeOutcome(o)),
        });
      } catch (e) {
        // Another run of this job committed first (its lock had expired): report that run's outcome.
        if (isDuplicateKey(e)) {
          const other = await this.opts.results.lookup(jobId);
          if (other) return other.outcome ?? lostOutput();
        }
        throw e;
      }
      const wire = encodeOutcome(outcome);
      if (outcome.status !== 0 && job.data.schedule !== undefined) {
        const text = outcome.events.map((e) => (e.type === "output" ? e.text : "")).join("\n");
        await this.opts.onScheduleFailed?.(job.data.schedule, text).catch(() => {});
      } else if (job.data.schedule !== undefined) {
        await this.opts.onScheduleSucceeded?.(job.data.schedule).catch(() => {});
      }
      this.completed++;
      return wire;
    } finally {
      this.running--;
    }
  }

  /** Finishes the running task (graceful shutdown), then disconnects. */
  async close(): Promise<void> {
    await this.worker.close();
  }
}

function lostOutput(): WireOutcome {
  return {
    status: 0,
    events: [{ type: "output", text: "(Your command was done, but its output was lost when a server stopped.)" }],
    callbacks: [],
  };
}
