/**
 * Reads the whole world from storage into records (LambdaMOO keeps its database in memory too;
 * a property read must not cost a database round trip). Also used to refresh single objects when
 * another process committed a change.
 */
import type { Kysely } from "kysely";
import type { ObjId } from "../core/ids.js";
import { decodeValue } from "../core/values.js";
import type { ObjSpec, PrepSpec } from "../core/verb-spec.js";
import type { Database } from "../storage/schema.js";
import type { AclRow, Group, ObjectRecord, Permission, PropRecord, VerbRecord } from "./records.js";

/** Loads every object, or only `ids` when given. Contents are rebuilt by the caller. */
export async function loadObjects(db: Kysely<Database>, ids?: readonly ObjId[]): Promise<Map<ObjId, ObjectRecord>> {
  const out = new Map<ObjId, ObjectRecord>();
  if (ids && ids.length === 0) return out;
  const some = ids !== undefined;
  const list = ids ?? [];
  const objects = await db
    .selectFrom("objects")
    .selectAll()
    .$if(some, (q) => q.where("id", "in", list))
    .execute();
  const parents = await db
    .selectFrom("object_parents")
    .selectAll()
    .$if(some, (q) => q.where("child", "in", list))
    .orderBy("position")
    .execute();
  const aliases = await db
    .selectFrom("object_aliases")
    .selectAll()
    .$if(some, (q) => q.where("object", "in", list))
    .orderBy("position")
    .execute();
  const props = await db
    .selectFrom("properties")
    .selectAll()
    .$if(some, (q) => q.where("object", "in", list))
    .execute();
  const verbs = await db
    .selectFrom("verbs")
    .selectAll()
    .$if(some, (q) => q.where("object", "in", list))
    .orderBy("position")
    .execute();
  const acl = await db
    .selectFrom("acl")
    .selectAll()
    .$if(some, (q) => q.where("object", "in", list))
    .orderBy("position")
    .execute();

  const parentsBy = groupBy(parents, (r) => r.child);
  const aliasesBy = groupBy(aliases, (r) => r.object);
  const propsBy = groupBy(props, (r) => r.object);
  const verbsBy = groupBy(verbs, (r) => r.object);
  const aclBy = groupBy(acl, (r) => r.object);

  for (const o of objects) {
    const aclRows = aclBy.get(o.id) ?? [];
    const aclFor = (kind: string, key: string): AclRow[] =>
      aclRows
        .filter((r) => r.subject_kind === kind && r.subject_key === key)
        .map((r) => ({
          rule: r.rule === "deny" ? "deny" : "allow",
          permission: r.permission as Permission,
          group: (r.grp as Group | null) ?? null,
          accessor: r.accessor,
        }));
    const propMap = new Map<string, PropRecord>();
    for (const p of propsBy.get(o.id) ?? []) {
      propMap.set(p.name, {
        name: p.name,
        value: p.value === null ? undefined : decodeValue(p.value),
        owner: p.owner,
        defined: p.defined === 1,
        inheritOwner: p.inherit_owner === 1,
        acl: aclFor("property", p.name),
      });
    }
    const verbList: VerbRecord[] = (verbsBy.get(o.id) ?? []).map((v) => ({
      id: v.id,
      names: JSON.parse(v.names) as string[],
      owner: v.owner,
      dspec: v.dspec as ObjSpec,
      ispecs: JSON.parse(v.ispecs) as PrepSpec[],
      source: v.source,
      compiled: v.compiled,
      filename: v.filename,
      acl: aclFor("verb", String(v.id)),
    }));
    out.set(o.id, {
      id: o.id,
      name: o.name,
      aliases: (aliasesBy.get(o.id) ?? []).map((a) => a.alias),
      owner: o.owner,
      parents: (parentsBy.get(o.id) ?? []).map((p) => p.parent),
      location: o.location,
      contents: [],
      obvious: o.obvious === 1,
      isPlayer: o.is_player === 1,
      wizard: o.wizard === 1,
      programmer: o.programmer === 1,
      builder: o.builder === 1,
      recycled: o.recycled === 1,
      recycledAt: o.recycled_at,
      placement:
        o.placement_prep && o.placement_target !== null ? { prep: o.placement_prep, target: o.placement_target } : null,
      props: propMap,
      verbs: verbList,
      acl: aclFor("object", ""),
      version: o.version,
      createdAt: o.created_at,
      locationSeq: o.location_seq,
    } as ObjectRecord);
  }
  return out;
}

function groupBy<T>(rows: T[], key: (r: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** Rebuilds every record's `contents` from locations, ordered by arrival. */
export function rebuildContents(objects: Map<ObjId, ObjectRecord>): void {
  const by = new Map<ObjId, ObjectRecord[]>();
  for (const o of objects.values()) {
    if (o.location < 0) continue;
    const list = by.get(o.location);
    if (list) list.push(o);
    else by.set(o.location, [o]);
  }
  for (const o of objects.values()) {
    const list = by.get(o.id) ?? [];
    list.sort((a, b) => a.locationSeq - b.locationSeq || a.id - b.id);
    o.contents = list.map((x) => x.id);
  }
}
