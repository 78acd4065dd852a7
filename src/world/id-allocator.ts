/**
 * Hands out object and verb numbers synchronously (verb code creates objects without awaiting)
 * from blocks reserved in storage ahead of time. A reserved number is never handed out twice,
 * even by another process or after a rollback or a restart, so numbers are never reused.
 */
import { type Kysely, sql } from "kysely";
import { ConflictError } from "../core/errors.js";
import type { Database } from "../storage/schema.js";

/** Thrown when a task used up its reserved numbers; the task runner refills and re-runs it. */
export class IdsExhausted extends ConflictError {
  constructor() {
    super("reserved object numbers exhausted");
  }
}

export class IdAllocator {
  private next = 0;
  private end = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly key: string,
    private readonly blockSize = 200,
  ) {}

  get available(): number {
    return this.end - this.next;
  }

  /** Makes sure at least `min` numbers are reserved (one small storage transaction if not). */
  async ensure(min = 50): Promise<void> {
    if (this.available >= min) return;
    const size = Math.max(this.blockSize, min);
    const start = await reserveBlock(this.db, this.key, size);
    this.next = start;
    this.end = start + size;
  }

  take(): number {
    if (this.next >= this.end) throw new IdsExhausted();
    return this.next++;
  }
}

/** Atomically advances the counter `key` in `meta` by `size`; returns the first number of the block. */
async function reserveBlock(db: Kysely<Database>, key: string, size: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("meta")
      .set({ value: sql<string>`cast(cast(value as integer) + ${size} as text)` })
      .where("key", "=", key)
      .returning("value")
      .executeTakeFirst();
    if (row) return Number(row.value) - size;
    await trx
      .insertInto("meta")
      .values({ key, value: String(size + 1) })
      .execute();
    return 1;
  });
}
