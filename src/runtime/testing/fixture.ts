/**
 * Test fixture for the runtime: a real world model on an in-memory SQLite store, with core
 * objects, a room, a wizard, two programmers (alice, bob) and a plain player (carol), plus helpers
 * to add verbs (compiled by the real pipeline) and to run tasks the way the task runner will:
 * commit on success, drop the transaction on failure.
 */
import { ensureCoreObjects } from "../../bootstrap/core-objects.js";
import type { ObjId } from "../../core/ids.js";
import type { MooValue } from "../../core/values.js";
import { openStore, type Store } from "../../storage/store.js";
import { Accounts, SYSTEM, World, type WorldTx } from "../../world/index.js";
import { compileVerb } from "../compile/compile.js";
import { createRuntime, type RunResult, type Runtime, type RuntimeOptions, type RunVerbRequest } from "../runtime.js";
import type { CommandInfo } from "../task/task-run.js";

export interface Fixture {
  world: World;
  store: Store;
  runtime: Runtime;
  wizard: ObjId;
  alice: ObjId;
  bob: ObjId;
  carol: ObjId;
  room: ObjId;
  /** Runs `fn` in a transaction and commits it. */
  tx<T>(fn: (t: WorldTx) => T): Promise<T>;
  /** Adds a verb (compiled) to `obj`, owned by `owner`; returns its id. */
  addVerb(obj: ObjId, names: string | string[], source: string, owner?: ObjId): Promise<number>;
  /** Creates an object owned by `owner` in `location`. */
  make(name: string, owner: ObjId, opts?: { parents?: ObjId[]; location?: ObjId }): Promise<ObjId>;
  /** Runs a verb as a task; commits when it succeeds. */
  run(req: Omit<RunVerbRequest, "player"> & { player?: ObjId }): Promise<RunResult>;
  /** Runs `;` code as a task; commits when it succeeds. */
  evalAs(player: ObjId, source: string, timeLimitMs?: number): Promise<RunResult>;
  /** Reads a property without permission checks (committed state). */
  prop(obj: ObjId, name: string): MooValue | undefined;
  close(): Promise<void>;
}

export const NO_COMMAND: CommandInfo = {
  verb: "",
  argstr: "",
  words: [],
  dobj: -1,
  dobjstr: "",
  prep: "",
  prepstr: "",
  iobj: -1,
  iobjstr: "",
};

export async function openFixture(options: RuntimeOptions = {}): Promise<Fixture> {
  const store = openStore({ dataDir: ":memory:" });
  await store.migrate();
  const world = await World.open(store);
  const core = await ensureCoreObjects(world, new Accounts(store), { wizardPassword: "correct horse battery" });
  const runtime = createRuntime({ timeLimitMs: 1000, ...options });

  const tx = async <T>(fn: (t: WorldTx) => T): Promise<T> => {
    await world.ensureIds();
    const t = world.begin();
    const out = fn(t);
    await world.commit(t);
    return out;
  };

  const ids = await tx((t) => {
    const room = t.create(SYSTEM, { name: "Test Room" });
    t.setOwner(SYSTEM, room, core.wizard);
    t.move(SYSTEM, core.wizard, room);
    const mk = (name: string, programmer: boolean): ObjId => {
      const p = t.create(SYSTEM, { name });
      t.setOwner(SYSTEM, p, p);
      t.setRoles(SYSTEM, p, { player: true, programmer, builder: true });
      t.move(SYSTEM, p, room);
      return p;
    };
    return { room, alice: mk("alice", true), bob: mk("bob", true), carol: mk("carol", false) };
  });

  const fixture: Fixture = {
    world,
    store,
    runtime,
    wizard: core.wizard,
    ...ids,
    tx,
    addVerb(obj, names, source, owner) {
      const compiled = compileVerb(source).js;
      const list = Array.isArray(names) ? names : [names];
      return tx((t) => t.addVerb(SYSTEM, obj, { names: list, source, compiled, owner: owner ?? t.obj(obj).owner }));
    },
    make(name, owner, opts = {}) {
      return tx((t) => {
        const o = t.create(SYSTEM, { name, parents: opts.parents ?? [] });
        t.setOwner(SYSTEM, o, owner);
        if (opts.location !== undefined) t.move(SYSTEM, o, opts.location);
        return o;
      });
    },
    async run(req) {
      await world.ensureIds();
      const t = world.begin();
      const result = runtime.runVerb(t, { player: req.player ?? ids.alice, ...req });
      if (result.ok) await world.commit(t);
      return result;
    },
    async evalAs(player, source, timeLimitMs) {
      await world.ensureIds();
      const t = world.begin();
      const result = runtime.runEval(t, { player, source, ...(timeLimitMs ? { timeLimitMs } : {}) });
      if (result.ok) await world.commit(t);
      return result;
    },
    prop(obj, name) {
      return world.begin().findProp(obj, name)?.value;
    },
    async close() {
      runtime.dispose();
      await world.close();
      await store.close();
    },
  };
  return fixture;
}
