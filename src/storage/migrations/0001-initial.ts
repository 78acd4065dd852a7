import type { ColumnDefinitionBuilder, Kysely } from "kysely";
import type { DialectName } from "../dialect-name.js";

/** The initial schema: objects and everything attached to them, accounts, audit log. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  /** An auto-numbered primary key: SQLite's rowid alias, PostgreSQL's identity column. */
  const autoId = (c: ColumnDefinitionBuilder) =>
    dialect === "postgres" ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
  await db.schema
    .createTable("meta")
    .addColumn("key", "varchar(100)", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("objects")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("owner", "integer", (c) => c.notNull())
    .addColumn("location", "integer", (c) => c.notNull())
    .addColumn("location_seq", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("obvious", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("is_player", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("wizard", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("programmer", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("builder", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("recycled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("recycled_at", "text")
    .addColumn("placement_prep", "varchar(20)")
    .addColumn("placement_target", "integer")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("objects_location").on("objects").column("location").execute();

  await db.schema
    .createTable("object_parents")
    .addColumn("child", "integer", (c) => c.notNull())
    .addColumn("parent", "integer", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("object_parents_pk", ["child", "parent"])
    .execute();

  await db.schema
    .createTable("object_aliases")
    .addColumn("object", "integer", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("alias", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("object_aliases_pk", ["object", "position"])
    .execute();

  await db.schema
    .createTable("properties")
    .addColumn("object", "integer", (c) => c.notNull())
    .addColumn("name", "varchar(255)", (c) => c.notNull())
    .addColumn("value", "text")
    .addColumn("owner", "integer", (c) => c.notNull())
    .addColumn("defined", "integer", (c) => c.notNull())
    .addColumn("inherit_owner", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("properties_pk", ["object", "name"])
    .execute();

  await db.schema
    .createTable("verbs")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("object", "integer", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("names", "text", (c) => c.notNull())
    .addColumn("owner", "integer", (c) => c.notNull())
    .addColumn("dspec", "varchar(10)", (c) => c.notNull())
    .addColumn("ispecs", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("compiled", "text", (c) => c.notNull())
    .addColumn("filename", "text")
    .execute();
  await db.schema.createIndex("verbs_object").on("verbs").column("object").execute();

  await db.schema
    .createTable("acl")
    .addColumn("id", "integer", (c) => autoId(c))
    .addColumn("object", "integer", (c) => c.notNull())
    .addColumn("subject_kind", "varchar(10)", (c) => c.notNull())
    .addColumn("subject_key", "varchar(255)", (c) => c.notNull())
    .addColumn("rule", "varchar(5)", (c) => c.notNull())
    .addColumn("permission", "varchar(20)", (c) => c.notNull())
    .addColumn("grp", "varchar(20)")
    .addColumn("accessor", "integer")
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("acl_object").on("acl").column("object").execute();

  await db.schema
    .createTable("accounts")
    .addColumn("id", "integer", (c) => autoId(c))
    .addColumn("login", "varchar(100)", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("avatar", "integer", (c) => c.notNull())
    .addColumn("status", "varchar(20)", (c) => c.notNull().defaultTo("active"))
    .addColumn("status_reason", "text")
    .addColumn("suspended_until", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("ssh_keys")
    .addColumn("id", "integer", (c) => autoId(c))
    .addColumn("account_id", "integer", (c) => c.notNull())
    .addColumn("key_type", "varchar(50)", (c) => c.notNull())
    .addColumn("key_data", "text", (c) => c.notNull())
    .addColumn("comment", "text", (c) => c.notNull())
    .addColumn("fingerprint", "varchar(100)", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "integer", (c) => autoId(c))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "integer", (c) => c.notNull())
    .addColumn("action", "varchar(30)", (c) => c.notNull())
    .addColumn("target", "integer", (c) => c.notNull())
    .addColumn("target_repr", "text", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    "audit_log",
    "ssh_keys",
    "accounts",
    "acl",
    "verbs",
    "properties",
    "object_aliases",
    "object_parents",
    "objects",
    "meta",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
