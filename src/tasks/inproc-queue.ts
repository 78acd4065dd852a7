/**
 * The embedded default's task queue: tasks run one at a time, in submission order, in this
 * process. One at a time is what makes embedded mode serializable without conflict checks;
 * tasks are short (the world is in memory), so this is not the bottleneck it sounds like.
 */
import type { TaskOutcome, TaskRequest, TaskRunner } from "./task-runner.js";

export interface TaskQueue {
  submit(req: TaskRequest): Promise<TaskOutcome>;
  /** Waits for queued tasks to finish and refuses new ones. */
  drain(): Promise<void>;
}

export class InProcessQueue implements TaskQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;
  pending = 0;

  constructor(private readonly runner: TaskRunner) {}

  submit(req: TaskRequest): Promise<TaskOutcome> {
    if (this.closed) return Promise.reject(new Error("the server is shutting down"));
    this.pending++;
    const run = this.tail.then(() => this.runner.run(req));
    this.tail = run.catch(() => {}).finally(() => this.pending--);
    return run;
  }

  /**
   * Runs `fn` in the queue's order, with no task running meanwhile (admin writes made outside a
   * task serialize with game tasks this way).
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error("the server is shutting down"));
    this.pending++;
    const run = this.tail.then(fn);
    this.tail = run.catch(() => {}).finally(() => this.pending--);
    return run;
  }

  async drain(): Promise<void> {
    this.closed = true;
    await this.tail;
  }
}
