import type { ColumnDefinitionBuilder, Kysely } from "kysely";
import type { DialectName } from "../dialect-name.js";

/**
 * Scheduled tasks (one-shot, periodic, cron; written in the same transaction as the task that
 * scheduled them, which makes this table the transactional outbox) and mail.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === "postgres" ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable("schedules")
    .addColumn("id", "integer", (c) => autoId(c))
    .addColumn("this_obj", "integer", (c) => c.notNull())
    .addColumn("verb", "varchar(255)", (c) => c.notNull())
    .addColumn("args", "text", (c) => c.notNull())
    .addColumn("perms", "integer", (c) => c.notNull())
    .addColumn("player", "integer", (c) => c.notNull())
    .addColumn("kind", "varchar(10)", (c) => c.notNull())
    .addColumn("interval_ms", "integer")
    .addColumn("cron", "varchar(100)")
    .addColumn("next_run_at", "varchar(30)", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("run_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_run_at", "varchar(30)")
    .addColumn("last_error", "text")
    .addColumn("created_at", "varchar(30)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("schedules_due").on("schedules").columns(["enabled", "next_run_at"]).execute();

  await db.schema
    .createTable("mail_messages")
    .addColumn("id", "integer", (c) => autoId(c))
    .addColumn("sender", "integer", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("sent_at", "varchar(30)", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("mail_recipients")
    .addColumn("message_id", "integer", (c) => c.notNull())
    .addColumn("recipient", "integer", (c) => c.notNull())
    .addColumn("read", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("deleted", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("mail_recipients_pk", ["message_id", "recipient"])
    .execute();
  await db.schema.createIndex("mail_recipients_recipient").on("mail_recipients").column("recipient").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ["mail_recipients", "mail_messages", "schedules"]) await db.schema.dropTable(t).execute();
}
