/**
 * Operations contracts: what the task runner reports for metrics, and what the health endpoints
 * ask. Plain interfaces so that the web front-end (which serves /metrics, /healthz, /readyz) and
 * the tasks layer (which does the work) only meet here.
 */

/** Receives one call per finished task (the task runner calls it; metrics implement it). */
export interface TaskMetrics {
  /**
   * @param kind the request kind (`command`, `eval`, `invoke`)
   * @param status `ok` (committed), `failed` (rolled back: a verb error, a permission error...),
   *   `error` (an unexpected exception)
   * @param ms wall time of the whole task, all attempts included
   * @param attempts 1, or more when commit conflicts made the task re-run
   */
  taskFinished(kind: string, status: "ok" | "failed" | "error", ms: number, attempts: number): void;
}

export interface ReadinessCheck {
  name: string;
  ok: boolean;
  detail?: string;
}

/** What the process can tell about itself (implemented where the game is assembled). */
export interface OpsProbe {
  /** Checks the database, the queue and Redis (when used); fast (a few ms) and never throws. */
  readiness(): Promise<ReadinessCheck[]>;
  /** Tasks waiting or running in this process's queue. */
  queueDepth(): number;
  /** Connected game sessions in this process, by protocol. */
  sessionsByProtocol(): Record<string, number>;
}
