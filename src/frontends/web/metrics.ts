/**
 * Prometheus metrics (`GET /metrics`): tasks run / failed / retried and their duration (fed by the
 * task runner through the `TaskMetrics` hook), game sessions and queue depth (read from the
 * `OpsProbe` at scrape time), web requests, and Node's process metrics. One registry per process
 * (not prom-client's global one, so tests can run several servers).
 */
import client from "prom-client";
import type { OpsProbe, TaskMetrics } from "../../core/ops.js";

export class MooMetrics implements TaskMetrics {
  readonly registry = new client.Registry();
  private readonly tasks: client.Counter<"kind" | "status">;
  private readonly retries: client.Counter<"kind">;
  private readonly duration: client.Histogram<"kind">;
  private readonly webSessions: client.Gauge;
  private probe: OpsProbe | null = null;

  constructor(opts: { defaultMetrics?: boolean } = {}) {
    if (opts.defaultMetrics !== false) client.collectDefaultMetrics({ register: this.registry, prefix: "moo_" });
    this.tasks = new client.Counter({
      name: "moo_tasks_total",
      help: "Tasks finished, by kind (command, eval, invoke) and status (ok, failed = rolled back, error = crashed).",
      labelNames: ["kind", "status"],
      registers: [this.registry],
    });
    this.retries = new client.Counter({
      name: "moo_task_retries_total",
      help: "Task re-runs after a commit conflict.",
      labelNames: ["kind"],
      registers: [this.registry],
    });
    this.duration = new client.Histogram({
      name: "moo_task_duration_seconds",
      help: "Wall time of a task, all attempts included.",
      labelNames: ["kind"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    const self = this;
    new client.Gauge({
      name: "moo_sessions",
      help: "Connected game sessions in this process, by protocol.",
      labelNames: ["protocol"],
      registers: [this.registry],
      collect() {
        this.reset();
        const counts = self.probe?.sessionsByProtocol() ?? {};
        for (const p of ["ssh", "telnet", "web"]) this.set({ protocol: p }, counts[p] ?? 0);
        for (const [p, n] of Object.entries(counts)) this.set({ protocol: p }, n);
      },
    });
    new client.Gauge({
      name: "moo_queue_depth",
      help: "Tasks waiting or running in this process's task queue.",
      registers: [this.registry],
      collect() {
        this.set(self.probe?.queueDepth() ?? 0);
      },
    });
    this.webSessions = new client.Gauge({
      name: "moo_web_logins",
      help: "Logged-in web (browser) sessions held by this process.",
      registers: [this.registry],
    });
  }

  /** Where session counts and queue depth are read from at scrape time. */
  attach(probe: OpsProbe): void {
    this.probe = probe;
  }

  taskFinished(kind: string, status: "ok" | "failed" | "error", ms: number, attempts: number): void {
    this.tasks.inc({ kind, status });
    if (attempts > 1) this.retries.inc({ kind }, attempts - 1);
    this.duration.observe({ kind }, ms / 1000);
  }

  setWebLogins(n: number): void {
    this.webSessions.set(n);
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
