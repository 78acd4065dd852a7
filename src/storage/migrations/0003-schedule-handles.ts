import { type Kysely, sql } from "kysely";
import type { DialectName } from "../dialect-name.js";

/**
 * Schedules get a handle: an id chosen when the verb calls `invoke` (before the row exists), so
 * verb code can keep it (a daemon's `schedule` property) and cancel the schedule later. Rows
 * written before this migration get `r<id>`.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable("schedules").addColumn("handle", "varchar(40)").execute();
  await sql`UPDATE schedules SET handle = 'r' || id WHERE handle IS NULL`.execute(db);
  await db.schema.createIndex("schedules_handle").on("schedules").column("handle").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("schedules_handle").execute();
  await db.schema.alterTable("schedules").dropColumn("handle").execute();
}
