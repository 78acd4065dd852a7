/**
 * SDK operations on objects' lifetime and on the default world's sources (issue 7): listing
 * recycled objects, restoring them, destroying objects for good, and re-reading default-world verb
 * files (`@reload`). Permission checks: the world model checks `restore` (owner or wizard) and
 * `destroy` (`write`); the rules that live here say so.
 */
import { CompileError, InvalidArgument, PermissionDenied, UserError } from "../../core/errors.js";
import { NOTHING, type ObjId, parseObjId, SYSTEM_OBJECT } from "../../core/ids.js";
import { isObjRef, type MooValue, ref } from "../../core/values.js";
import { anyVerbNameMatches } from "../../core/verb-spec.js";
import { compileVerb } from "../compile/compile.js";
import type { HostVerbRecord } from "../host-world.js";
import type { OpsHost } from "./programming-ops.js";
import type { VerbFileSource } from "./services.js";
import { nameFromSandbox, objIdFromSandbox } from "./values.js";

type Op = (a: unknown, b: unknown, c: unknown, d: unknown) => unknown;

export function objectOps(t: OpsHost): Map<string, Op> {
  const w = t.world;
  const ops = new Map<string, Op>();
  const isWizardPerms = () => w.isWizard(t.perms);

  // ---------------------------------------------------------------- recycle bin

  /** `owner`: undefined = the acting permissions' own objects; null = everyone's (wizards only). */
  ops.set("recycledObjects", (a) => {
    let owner: ObjId | null = t.perms;
    if (a === null) owner = null;
    else if (a !== undefined) owner = objIdFromSandbox(a, "owner");
    if (owner !== t.perms && !isWizardPerms())
      throw new PermissionDenied("Only wizards may list other people's recycled objects.");
    const out: MooValue[] = [];
    for (const id of w.allIds()) {
      const r = w.rec(id);
      if (!r?.recycled || (owner !== null && r.owner !== owner)) continue;
      out.push({ obj: ref(id), name: r.name, owner: ref(r.owner), recycledAt: r.recycledAt ?? "" });
    }
    return out;
  });
  ops.set("restore", (a) => {
    w.restore(t.perms, objIdFromSandbox(a), NOTHING);
    return null;
  });
  ops.set("destroy", (a) => {
    const id = objIdFromSandbox(a);
    const r = w.rec(id);
    if (!r) throw new InvalidArgument(`#${id} is not a valid object.`);
    if (r.isPlayer) throw new PermissionDenied("Players can't be destroyed.");
    w.destroy(t.perms, id);
    return null;
  });

  // ---------------------------------------------------------------- the object tree

  /** Parent → children (valid objects, by number), built once per call. */
  const childIndex = (): Map<ObjId, ObjId[]> => {
    const m = new Map<ObjId, ObjId[]>();
    for (const id of w.allIds()) {
      if (!w.valid(id)) continue;
      for (const p of w.obj(id).parents) {
        const list = m.get(p);
        if (list) list.push(id);
        else m.set(p, [id]);
      }
    }
    return m;
  };
  ops.set("children", (a) => {
    const id = objIdFromSandbox(a);
    w.obj(id);
    return (childIndex().get(id) ?? []).map(ref);
  });
  /** Depth-first, children by number; an object with several parents is listed once, under the first reached. */
  ops.set("descendants", (a) => {
    const root = objIdFromSandbox(a);
    w.obj(root);
    const index = childIndex();
    const out: MooValue[] = [];
    const seen = new Set<ObjId>([root]);
    const walk = (id: ObjId, depth: number) => {
      for (const c of index.get(id) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        out.push({ obj: ref(c), depth });
        walk(c, depth + 1);
      }
    };
    walk(root, 1);
    return out;
  });
  ops.set("ownedObjects", (a) => {
    const owner = objIdFromSandbox(a, "owner");
    if (owner !== t.perms && !isWizardPerms())
      throw new PermissionDenied("Only wizards may list what other people own.");
    const out: MooValue[] = [];
    for (const id of w.allIds()) if (w.valid(id) && w.obj(id).owner === owner) out.push(ref(id));
    return out;
  });

  // ---------------------------------------------------------------- @reload

  /**
   * Re-reads default-world verb files: every file (`target` null), those placed on `target`, or
   * the file `verb` on `target` was loaded from. Programmers only; each change is checked as a
   * normal verb edit (`write` on the verb; adding a missing verb needs `write` on the object and a
   * wizard to make it wizard-owned like the rest of the default world).
   */
  ops.set("reloadVerbs", (a, b) => {
    if (!isWizardPerms() && !w.obj(t.perms).programmer)
      throw new PermissionDenied("Only programmers may reload verbs.");
    const read = t.services.verbFiles;
    if (!read) throw new UserError("This server has no default-world files to reload from.");
    const target = a === null || a === undefined ? null : objIdFromSandbox(a, "object");
    if (target !== null) w.obj(target);
    const verbName = b === null || b === undefined ? null : nameFromSandbox(b, "verb name");
    if (verbName !== null && target === null) throw new InvalidArgument("Name the object the verb is on.");
    const files = read();
    const results: MooValue[] = [];
    const result = (file: string, on: ObjId, verb: string, status: string, message = "") =>
      results.push({ file, obj: ref(on), verb, status, message });

    if (target !== null && verbName !== null) {
      // The verb where it is defined: `@reload look on here` reloads $room's look.
      let on = target;
      let v: HostVerbRecord | undefined;
      for (const anc of w.ancestors(target)) {
        v = w.obj(anc.id).verbs.find((x) => anyVerbNameMatches(x.names, verbName));
        if (v) {
          on = anc.id;
          break;
        }
      }
      if (!v) throw new UserError(`${w.label(target)} has no verb "${verbName}".`);
      if (!v.filename)
        throw new UserError(`The verb ${v.names[0]} on ${w.label(on)} was not loaded from a default-world file.`);
      const f = files.find((x) => x.file === v.filename);
      if (!f) throw new UserError(`The file default-world/${v.filename} is gone.`);
      if (f.error) throw new UserError(`default-world/${f.file}: ${f.error}`);
      result(f.file, on, f.names[0] ?? verbName, update(on, v, f));
      return results;
    }

    for (const f of files) {
      if (f.error) {
        if (target === null) result(f.file, NOTHING, "", "failed", f.error);
        continue;
      }
      const on = resolveOn(f.on);
      if (target !== null && on !== target) continue;
      const name = f.names[0] ?? "";
      if (on === NOTHING || !w.valid(on)) {
        result(f.file, NOTHING, name, "failed", `no object ${f.on}`);
        continue;
      }
      try {
        const v = w.obj(on).verbs.find((x) => x.filename === f.file);
        result(f.file, on, name, v ? update(on, v, f) : add(on, f));
      } catch (e) {
        if (e instanceof CompileError) result(f.file, on, name, "failed", `Line ${e.line}: ${e.message}`);
        else if (e instanceof UserError) result(f.file, on, name, "failed", e.message);
        else throw e;
      }
    }
    return results;
  });

  /** `$name` (a #0 property holding an object) or `#N`. */
  function resolveOn(on: string): ObjId {
    if (on === "") return SYSTEM_OBJECT;
    const n = parseObjId(on);
    if (n !== null) return n;
    const p = w.findProp(SYSTEM_OBJECT, on.replace(/^\$/, ""));
    return p && isObjRef(p.value) ? p.value.id : NOTHING;
  }

  function update(on: ObjId, v: HostVerbRecord, f: VerbFileSource): string {
    const info = { names: f.names, dspec: f.dspec, ispecs: f.ispecs };
    const same =
      v.source === f.source &&
      JSON.stringify([v.names, v.dspec, v.ispecs]) === JSON.stringify([info.names, info.dspec, info.ispecs]);
    // Checked even when nothing changes, so `@reload` tells you what you could not reload.
    w.check(t.perms, "write", { kind: "verb", obj: on, verbId: v.id });
    if (same) return "unchanged";
    w.setVerbCode(t.perms, on, v.id, f.source, compileVerb(f.source).js);
    w.setVerbInfo(t.perms, on, v.id, info);
    return "updated";
  }

  function add(on: ObjId, f: VerbFileSource): string {
    const compiled = compileVerb(f.source).js;
    const wizard = w.findProp(SYSTEM_OBJECT, "first_wizard")?.value;
    const owner = isWizardPerms() && isObjRef(wizard) && w.valid(wizard.id) ? wizard.id : t.perms;
    w.addVerb(t.perms, on, {
      names: f.names,
      dspec: f.dspec,
      ispecs: f.ispecs,
      source: f.source,
      compiled,
      owner,
      filename: f.file,
    });
    return "added";
  }

  return ops;
}
