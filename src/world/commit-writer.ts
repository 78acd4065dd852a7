/**
 * Turns a transaction's overlay into storage writes: for each changed object, the rows that differ
 * from the committed record (objects, parents, aliases, properties, verbs, ACL rows), plus the
 * audit entries. Record parts are compared by identity: a transaction replaces a collection when it
 * changes it, so an unchanged collection is the very same object as in the committed record.
 */
import type { Transaction } from "kysely";
import type { ObjId } from "../core/ids.js";
import { encodeValue } from "../core/values.js";
import type { Database } from "../storage/schema.js";
import type { AclRow, ObjectRecord } from "./records.js";
import type { AuditEntry } from "./world-tx.js";

export async function writeChanges(
  trx: Transaction<Database>,
  changes: Map<ObjId, ObjectRecord | null>,
  base: (id: ObjId) => ObjectRecord | undefined,
  audits: readonly AuditEntry[],
): Promise<void> {
  for (const [id, rec] of changes) {
    const old = base(id);
    if (rec === null) {
      await deleteObject(trx, id);
      continue;
    }
    await writeObjectRow(trx, rec, old);
    if (!old || old.parents !== rec.parents) {
      await trx.deleteFrom("object_parents").where("child", "=", id).execute();
      if (rec.parents.length > 0) {
        await trx
          .insertInto("object_parents")
          .values(rec.parents.map((parent, position) => ({ child: id, parent, position })))
          .execute();
      }
    }
    if (!old || old.aliases !== rec.aliases) {
      await trx.deleteFrom("object_aliases").where("object", "=", id).execute();
      if (rec.aliases.length > 0) {
        await trx
          .insertInto("object_aliases")
          .values(rec.aliases.map((alias, position) => ({ object: id, alias, position })))
          .execute();
      }
    }
    if (!old || old.props !== rec.props) await writeProps(trx, rec, old);
    if (!old || old.verbs !== rec.verbs) await writeVerbs(trx, rec, old);
    if (aclChanged(rec, old)) await writeAcl(trx, rec);
  }
  if (audits.length > 0) {
    const at = new Date().toISOString();
    await trx
      .insertInto("audit_log")
      .values(
        audits.map((a) => ({
          at,
          actor: a.actor,
          action: a.action,
          target: a.target,
          target_repr: a.targetRepr,
          detail: a.detail,
        })),
      )
      .execute();
  }
}

async function writeObjectRow(trx: Transaction<Database>, r: ObjectRecord, old: ObjectRecord | undefined) {
  const row = {
    name: r.name,
    owner: r.owner,
    location: r.location,
    location_seq: r.locationSeq,
    obvious: r.obvious ? 1 : 0,
    is_player: r.isPlayer ? 1 : 0,
    wizard: r.wizard ? 1 : 0,
    programmer: r.programmer ? 1 : 0,
    builder: r.builder ? 1 : 0,
    recycled: r.recycled ? 1 : 0,
    recycled_at: r.recycledAt,
    placement_prep: r.placement?.prep ?? null,
    placement_target: r.placement?.target ?? null,
    version: r.version,
  };
  if (old) await trx.updateTable("objects").set(row).where("id", "=", r.id).execute();
  else
    await trx
      .insertInto("objects")
      .values({ id: r.id, created_at: r.createdAt, ...row })
      .execute();
}

async function writeProps(trx: Transaction<Database>, r: ObjectRecord, old: ObjectRecord | undefined) {
  for (const [name, p] of r.props) {
    if (old?.props.get(name) === p) continue;
    const row = {
      value: p.value === undefined ? null : encodeValue(p.value),
      owner: p.owner,
      defined: p.defined ? 1 : 0,
      inherit_owner: p.inheritOwner ? 1 : 0,
    };
    await trx
      .insertInto("properties")
      .values({ object: r.id, name, ...row })
      .onConflict((oc) => oc.columns(["object", "name"]).doUpdateSet(row))
      .execute();
  }
  for (const name of old?.props.keys() ?? []) {
    if (!r.props.has(name)) {
      await trx.deleteFrom("properties").where("object", "=", r.id).where("name", "=", name).execute();
    }
  }
}

async function writeVerbs(trx: Transaction<Database>, r: ObjectRecord, old: ObjectRecord | undefined) {
  const oldById = new Map((old?.verbs ?? []).map((v) => [v.id, v]));
  const keep = new Set<number>();
  for (const [position, v] of r.verbs.entries()) {
    keep.add(v.id);
    const prev = oldById.get(v.id);
    const prevPos = old?.verbs.indexOf(prev as never) ?? -1;
    if (prev === v && prevPos === position) continue;
    const row = {
      object: r.id,
      position,
      names: JSON.stringify(v.names),
      owner: v.owner,
      dspec: v.dspec,
      ispecs: JSON.stringify(v.ispecs),
      source: v.source,
      compiled: v.compiled,
      filename: v.filename,
    };
    await trx
      .insertInto("verbs")
      .values({ id: v.id, ...row })
      .onConflict((oc) => oc.column("id").doUpdateSet(row))
      .execute();
  }
  for (const id of oldById.keys()) if (!keep.has(id)) await trx.deleteFrom("verbs").where("id", "=", id).execute();
}

function aclChanged(r: ObjectRecord, old: ObjectRecord | undefined): boolean {
  if (!old || old.acl !== r.acl) return true;
  if (old.verbs !== r.verbs) {
    const byId = new Map(old.verbs.map((v) => [v.id, v.acl]));
    if (r.verbs.length !== old.verbs.length || r.verbs.some((v) => byId.get(v.id) !== v.acl)) return true;
  }
  if (old.props !== r.props) {
    if (r.props.size !== old.props.size) return true;
    for (const [name, p] of r.props) if (old.props.get(name)?.acl !== p.acl) return true;
  }
  return false;
}

async function writeAcl(trx: Transaction<Database>, r: ObjectRecord) {
  await trx.deleteFrom("acl").where("object", "=", r.id).execute();
  const rows: { subject_kind: string; subject_key: string; row: AclRow }[] = [];
  for (const row of r.acl) rows.push({ subject_kind: "object", subject_key: "", row });
  for (const v of r.verbs) for (const row of v.acl) rows.push({ subject_kind: "verb", subject_key: String(v.id), row });
  for (const p of r.props.values())
    for (const row of p.acl) rows.push({ subject_kind: "property", subject_key: p.name, row });
  if (rows.length === 0) return;
  await trx
    .insertInto("acl")
    .values(
      rows.map((x, position) => ({
        object: r.id,
        subject_kind: x.subject_kind,
        subject_key: x.subject_key,
        rule: x.row.rule,
        permission: x.row.permission,
        grp: x.row.group,
        accessor: x.row.accessor,
        position,
      })),
    )
    .execute();
}

async function deleteObject(trx: Transaction<Database>, id: ObjId) {
  await trx.deleteFrom("objects").where("id", "=", id).execute();
  await trx.deleteFrom("object_parents").where("child", "=", id).execute();
  await trx.deleteFrom("object_aliases").where("object", "=", id).execute();
  await trx.deleteFrom("properties").where("object", "=", id).execute();
  await trx.deleteFrom("verbs").where("object", "=", id).execute();
  await trx.deleteFrom("acl").where("object", "=", id).execute();
}
