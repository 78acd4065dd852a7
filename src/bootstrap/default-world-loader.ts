/**
 * Loads the default world from the repository into the database: the objects declared in
 * `default-world/objects.ts` and one verb per file under `default-world/` (each starting with a
 * `// @verb` header). Idempotent: an existing world only gets what is missing, and with `sync`
 * every default verb's code and argument specs are refreshed from its file. Players' own objects
 * are never touched.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { InvalidArgument } from "../core/errors.js";
import { type ObjId, parseObjId } from "../core/ids.js";
import { fromWire, type MooValue } from "../core/values.js";
import { parseVerbHeader } from "../parser/verb-header.js";
import type { VerbFileSource } from "../runtime/task/services.js";
import { SYSTEM, setSysObj, sysObj, type World, type WorldTx } from "../world/index.js";

export const DEFAULT_WORLD_DIR = fileURLToPath(new URL("../../default-world/", import.meta.url));

/** One object of the default world, as declared in default-world/objects.ts. */
export interface ObjectDecl {
  /** The `$name` it is known by. */
  sys: string;
  name: string;
  /** `$name`s of its parents. */
  parents?: string[];
  aliases?: string[];
  /** `$name` of where it starts. */
  location?: string;
  obvious?: boolean;
  /** Properties defined on it, with their default values (`{"o#": "$name"}` references an object). */
  props?: Record<string, unknown>;
  /** Properties (defined on an ancestor) whose value it sets. */
  values?: Record<string, unknown>;
  /** Properties defined with the inherit-owner (c) bit. */
  inheritOwner?: string[];
  /** Grant everyone `derive` (classes anyone may @create from). */
  derivable?: boolean;
}

export type Compile = (source: string) => { compiled: string };

export async function loadDefaultWorld(
  world: World,
  opts: { sync: boolean; compile: Compile; dir?: string },
): Promise<string> {
  const dir = opts.dir ?? DEFAULT_WORLD_DIR;
  const { objects } = (await import(path.join(dir, "objects.ts"))) as { objects: ObjectDecl[] };
  // One transaction creates every object and verb: reserve numbers for all of them (separately, so
  // the many verbs do not push the world's objects past a fresh block: classes stay #3, #4, …).
  await world.ensureIds(objects.length + 50, verbFiles(dir).length + 50);
  const tx = world.begin();
  const wizard = sysObj(tx, "first_wizard");
  if (wizard === undefined) throw new InvalidArgument("The world has no first wizard; run the core bootstrap first.");
  let created = 0;
  const sysName = (s: string) => s.replace(/^\$/, "");
  for (const decl of objects) {
    if (sysObj(tx, sysName(decl.sys)) !== undefined) continue;
    const id = tx.create(SYSTEM, { name: decl.name, owner: wizard, obvious: decl.obvious ?? false });
    setSysObj(tx, sysName(decl.sys), id);
    created++;
  }
  const resolve = (ref: string): ObjId => {
    const n = parseObjId(ref);
    if (n !== null) return n;
    const id = sysObj(tx, sysName(ref));
    if (id === undefined) throw new InvalidArgument(`default world: unknown object '${ref}'`);
    return id;
  };
  const value = (v: unknown): MooValue => fromWire(resolveRefs(v, resolve));
  for (const decl of objects) {
    const id = resolve(`$${sysName(decl.sys)}`);
    const r = tx.obj(id);
    const fresh = r.parents.length === 0 && r.props.size === 0 && r.verbs.length === 0;
    if (fresh && decl.parents?.length) tx.setParents(SYSTEM, id, decl.parents.map(resolve));
    if (fresh && decl.aliases) tx.setAliases(SYSTEM, id, decl.aliases);
    if (fresh && decl.location) tx.move(SYSTEM, id, resolve(decl.location));
    for (const [name, v] of Object.entries(decl.props ?? {})) {
      if (tx.obj(id).props.get(name)?.defined) continue;
      tx.defineProp(SYSTEM, id, name, value(v), {
        owner: wizard,
        inheritOwner: decl.inheritOwner?.includes(name) ?? false,
      });
    }
    for (const [name, v] of Object.entries(decl.values ?? {})) {
      if (fresh || opts.sync) tx.setProp(SYSTEM, id, name, value(v));
    }
    if (fresh && decl.derivable) {
      tx.addAcl(
        SYSTEM,
        { kind: "object", obj: id },
        { rule: "allow", permission: "derive", group: "everyone", accessor: null },
      );
    }
  }
  const verbs = loadVerbFiles(tx, dir, resolve, wizard, opts);
  settleFirstWizard(tx, wizard);
  await world.commit(tx);
  return `Default world: ${created} objects created, ${verbs.added} verbs added, ${verbs.updated} verbs updated.`;
}

/**
 * The first wizard was made before the classes existed: give it the wizard class as parent and put
 * it in the starting room (only while it is still in its bootstrap state).
 */
function settleFirstWizard(tx: WorldTx, wizard: ObjId): void {
  const r = tx.obj(wizard);
  const root = sysObj(tx, "root_class");
  const cls = sysObj(tx, "wizard") ?? sysObj(tx, "programmer") ?? sysObj(tx, "player");
  if (cls !== undefined && r.parents.length === 1 && r.parents[0] === root) tx.setParents(SYSTEM, wizard, [cls]);
  const start = sysObj(tx, "player_start");
  if (start !== undefined && r.location < 0) tx.move(SYSTEM, wizard, start);
}

function loadVerbFiles(
  tx: WorldTx,
  dir: string,
  resolve: (ref: string) => ObjId,
  wizard: ObjId,
  opts: { sync: boolean; compile: Compile },
): { added: number; updated: number } {
  let added = 0;
  let updated = 0;
  for (const file of verbFiles(dir)) {
    const source = readFileSync(file, "utf8");
    const rel = path.relative(dir, file);
    let header: ReturnType<typeof parseVerbHeader>;
    try {
      header = parseVerbHeader(source);
    } catch (e) {
      throw new InvalidArgument(`${rel}: ${(e as Error).message}`);
    }
    const on = resolve(header.on || "#0");
    let compiled: string;
    try {
      compiled = opts.compile(source).compiled;
    } catch (e) {
      throw new InvalidArgument(`${rel}: ${(e as Error).message}`);
    }
    const existing = tx.obj(on).verbs.find((v) => v.filename === rel);
    if (!existing) {
      tx.addVerb(SYSTEM, on, {
        names: header.names,
        dspec: header.dspec,
        ispecs: header.ispecs,
        source,
        compiled,
        owner: wizard,
        filename: rel,
      });
      added++;
    } else if (opts.sync && existing.source !== source) {
      tx.setVerbCode(SYSTEM, on, existing.id, source, compiled);
      tx.setVerbInfo(SYSTEM, on, existing.id, { names: header.names, dspec: header.dspec, ispecs: header.ispecs });
      updated++;
    }
  }
  return { added, updated };
}

/** Every verb file (`*.ts` other than objects.ts and *.d.ts) under `dir`, sorted. */
export function verbFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".ts") && !name.endsWith(".d.ts") && p !== path.join(dir, "objects.ts")) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * Reads every verb file under `dir` now, with its parsed header (for `@reload`, through the
 * runtime's `verbFiles` service). A header that does not parse is reported in `error`.
 */
export function readVerbFiles(dir: string = DEFAULT_WORLD_DIR): VerbFileSource[] {
  return verbFiles(dir).map((p) => {
    const file = path.relative(dir, p);
    const source = readFileSync(p, "utf8");
    try {
      const h = parseVerbHeader(source);
      return { file, on: h.on || "#0", names: h.names, dspec: h.dspec, ispecs: h.ispecs, source };
    } catch (e) {
      return { file, on: "", names: [], dspec: "none", ispecs: [], source, error: (e as Error).message };
    }
  });
}

/** Replaces `{"o#": "$name"}` with `{"o#": N}` so fromWire builds object references. */
function resolveRefs(v: unknown, resolve: (ref: string) => ObjId): unknown {
  if (Array.isArray(v)) return v.map((x) => resolveRefs(x, resolve));
  if (v && typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 1 && entries[0]?.[0] === "o#" && typeof entries[0][1] === "string") {
      return { "o#": resolve(entries[0][1]) };
    }
    return Object.fromEntries(entries.map(([k, x]) => [k, resolveRefs(x, resolve)]));
  }
  return v;
}
