/**
 * Exactly-once tasks on a queue that delivers at least once. A worker that dies mid-task leaves
 * its BullMQ job "stalled", and the job runs again on another worker. That is safe when the task
 * had not committed (nothing of it was written), but a task that committed just before the crash
 * must not run twice. So a task that writes anything also writes a `task_results` row keyed by its
 * job id, in the same database transaction as its changes: a second run of the job finds the row
 * and returns the stored outcome instead of running again, and two runs racing each other cannot
 * both commit (the primary key refuses the second).
 *
 * The row holds the outcome the asker sees (their output and status), written in the same commit,
 * so a retry answers the player exactly as the first run would have. (Output for *other* players
 * is published after the commit and is not replayed: a crash in that instant loses it.)
 *
 * The table is created here, on first use (it belongs to the scale-out machinery, not the world
 * schema); rows older than a day are pruned by the scheduler duty.
 */
import { type Kysely, sql } from "kysely";
import type { Database } from "../../storage/schema.js";
import type { CommitHook } from "../../world/index.js";
import type { WireOutcome } from "./codec.js";

export interface StoredResult {
  outcome: WireOutcome | null;
}

export class TaskResults {
  constructor(private readonly db: Kysely<Database>) {}

  async ensureTable(): Promise<void> {
    await sql`create table if not exists task_results (
      job_id varchar(255) primary key,
      outcome text,
      created_at bigint not null
    )`.execute(this.db);
  }

  /** Written inside the task's commit. */
  hook(jobId: string, outcome: WireOutcome): CommitHook {
    const text = JSON.stringify(outcome);
    return async (trx) => {
      await sql`insert into task_results (job_id, outcome, created_at) values (${jobId}, ${text}, ${Date.now()})`.execute(
        trx,
      );
    };
  }

  async lookup(jobId: string): Promise<StoredResult | undefined> {
    const r = await sql<{ outcome: string | null }>`select outcome from task_results where job_id = ${jobId}`.execute(
      this.db,
    );
    const row = r.rows[0];
    if (!row) return undefined;
    return { outcome: row.outcome === null ? null : (JSON.parse(row.outcome) as WireOutcome) };
  }

  async prune(olderThanMs = 24 * 3600_000): Promise<void> {
    await sql`delete from task_results where created_at < ${Date.now() - olderThanMs}`.execute(this.db);
  }
}

/** True for PostgreSQL's unique-violation error (another run of the same job committed first). */
export function isDuplicateKey(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "23505";
}
