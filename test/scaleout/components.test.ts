/**
 * The scale-out parts one at a time, in this process, on a real PostgreSQL and Redis:
 * cache coherence between two worlds on one database (notifications, stale reads caught at
 * commit), exactly-once commits of a retried job, the BullMQ queue and the Redis bus end to end,
 * and reconnecting to a Redis that was restarted.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { RedisBus } from "../../src/bus/index.js";
import { ConflictError } from "../../src/core/errors.js";
import type { SessionEvent } from "../../src/core/gateway.js";
import { SYSTEM_OBJECT } from "../../src/core/ids.js";
import { createRuntime, type Runtime } from "../../src/runtime/index.js";
import { openStore, type Store } from "../../src/storage/store.js";
import { BullMqQueue, TaskWorker } from "../../src/tasks/scaleout/bullmq-queue.js";
import { encodeOutcome } from "../../src/tasks/scaleout/codec.js";
import { isDuplicateKey, TaskResults } from "../../src/tasks/scaleout/task-results.js";
import { WorldSync } from "../../src/tasks/scaleout/world-sync.js";
import { TaskRunner } from "../../src/tasks/task-runner.js";
import { SYSTEM, World } from "../../src/world/index.js";
import { createTestDatabase } from "../helpers/backends.js";
import { freePort, services, sleep } from "./cluster.js";

const svc = services();
const skip = typeof svc === "string" ? svc : false;

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(10);
  }
}

describe("scale-out components", { skip }, () => {
  let drop: () => Promise<void>;
  let url: string;
  let storeA: Store;
  let storeB: Store;
  let a: World;
  let b: World;
  let sync: WorldSync;
  let runtime: Runtime;

  before(async () => {
    if (typeof svc === "string") return;
    const db = await createTestDatabase(svc.pgUrl);
    url = db.url;
    drop = db.drop;
    storeA = openStore({ databaseUrl: url, poolSize: 4 });
    await storeA.migrate();
    storeB = openStore({ databaseUrl: url, poolSize: 4 });
    a = await World.open(storeA, { validateOnCommit: true });
    const tx = a.begin();
    tx.create(SYSTEM, { name: "System Object", id: SYSTEM_OBJECT, owner: SYSTEM_OBJECT });
    await a.commit(tx);
    b = await World.open(storeB, { validateOnCommit: true });
    sync = new WorldSync({ world: b, databaseUrl: url });
    await sync.start();
    runtime = createRuntime({});
  });

  after(async () => {
    runtime?.dispose();
    await sync?.stop();
    await storeA?.close();
    await storeB?.close();
    await drop?.();
  });

  test("a commit in one world reaches the other: new objects, moves, properties, recycling", async () => {
    const tx = a.begin();
    const box = tx.create(SYSTEM, { name: "box", owner: SYSTEM_OBJECT });
    const ball = tx.create(SYSTEM, { name: "ball", owner: SYSTEM_OBJECT, location: box });
    tx.setProp(SYSTEM, ball, "colour", "red");
    await a.commit(tx);
    await until(() => b.state.get(ball)?.props.get("colour")?.value === "red");
    assert.deepEqual(b.state.get(box)?.contents, [ball]);

    const tx2 = a.begin();
    const bag = tx2.create(SYSTEM, { name: "bag", owner: SYSTEM_OBJECT });
    tx2.move(SYSTEM, ball, bag);
    await a.commit(tx2);
    await until(() => b.state.get(ball)?.location === bag);
    assert.deepEqual(b.state.get(box)?.contents, []);
    assert.deepEqual(b.state.get(bag)?.contents, [ball]);
    assert.equal(b.state.get(ball)?.version, a.state.get(ball)?.version);
  });

  test("a stale read is caught at commit, and the object is re-read for the retry", async () => {
    const tx = a.begin();
    const counter = tx.create(SYSTEM, { name: "counter", owner: SYSTEM_OBJECT });
    tx.setProp(SYSTEM, counter, "n", 1);
    await a.commit(tx);
    await until(() => b.state.get(counter) !== undefined);
    await sync.stop(); // b stops listening: its copy goes stale
    const ta = a.begin();
    ta.setProp(SYSTEM, counter, "n", 2);
    await a.commit(ta);
    const tb = b.begin();
    tb.setProp(SYSTEM, counter, "n", (tb.getProp(SYSTEM, counter, "n") as number) + 10);
    await assert.rejects(b.commit(tb), ConflictError);
    assert.equal(b.state.get(counter)?.props.get("n")?.value, 2, "refreshed after the conflict");
    sync = new WorldSync({ world: b, databaseUrl: url });
    await sync.start();
  });

  test("a read-only task that read a stale object is caught too (a player never sees the past)", async () => {
    const tx = a.begin();
    const sign = tx.create(SYSTEM, { name: "sign", owner: SYSTEM_OBJECT });
    tx.setProp(SYSTEM, sign, "text", "open");
    await a.commit(tx);
    await until(() => b.state.get(sign) !== undefined);
    await sync.stop(); // b stops listening: its copy goes stale
    const ta = a.begin();
    ta.setProp(SYSTEM, sign, "text", "closed");
    await a.commit(ta);
    const tb = b.begin();
    assert.equal(tb.getProp(SYSTEM, sign, "text"), "open", "b still holds the old copy");
    await assert.rejects(b.commit(tb), ConflictError, "a read-only commit checks what it read");
    assert.equal(b.state.get(sign)?.props.get("text")?.value, "closed", "refreshed for the retry");
    const retry = b.begin();
    assert.equal(retry.getProp(SYSTEM, sign, "text"), "closed");
    await b.commit(retry);
    sync = new WorldSync({ world: b, databaseUrl: url });
    await sync.start();
  });

  test("a job that committed never commits again: the second run is refused by the primary key", async () => {
    const results = new TaskResults(storeA.db);
    await results.ensureTable();
    const tx = a.begin();
    const thing = tx.create(SYSTEM, { name: "thing", owner: SYSTEM_OBJECT });
    tx.setProp(SYSTEM, thing, "n", 0);
    await a.commit(tx);
    // Two runs of the same job (a stalled job's lock expired while it was still running).
    const first = a.begin();
    first.setProp(SYSTEM, thing, "n", 1);
    await a.commit(first, [results.hook("job-1", encodeOutcome({ status: 0, events: [], callbacks: new Map() }))]);
    const second = a.begin();
    second.setProp(SYSTEM, thing, "n", 2);
    const err = await a
      .commit(second, [results.hook("job-1", encodeOutcome({ status: 0, events: [], callbacks: new Map() }))])
      .catch((e: unknown) => e);
    assert.ok(isDuplicateKey(err), `duplicate key, got ${String(err)}`);
    assert.equal(a.state.get(thing)?.props.get("n")?.value, 1, "the second commit changed nothing");
    assert.deepEqual((await results.lookup("job-1"))?.outcome?.status, 0);
  });

  test("queue and bus survive a Redis restart without restarting anything", async (t) => {
    if (spawnSync("redis-server", ["--version"]).status !== 0) {
      if (process.env.CI) throw new Error("redis-server is needed in CI");
      t.skip("redis-server is not installed");
      return;
    }
    const port = await freePort();
    const dir = mkdtempSync(path.join(tmpdir(), "tsmoo-redis-"));
    const startRedis = async (): Promise<ChildProcess> => {
      const p = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--dir", dir], {
        stdio: "ignore",
      });
      await sleep(300);
      return p;
    };
    let redis = await startRedis();
    const redisUrl = `redis://127.0.0.1:${port}`;
    const prefix = `r${Date.now()}`;
    const results = new TaskResults(storeA.db);
    const bus = new RedisBus({ url: redisUrl, prefix });
    const runner = new TaskRunner(a, runtime, bus);
    const worker = new TaskWorker({ url: redisUrl, prefix, runner, results, lockMs: 5000 });
    const queue = new BullMqQueue({ url: redisUrl, prefix });
    try {
      await worker.ready();
      worker.start();
      await queue.ready();
      const heard: SessionEvent[] = [];
      bus.subscribe(42, "c1", (e) => heard.push(e));
      await bus.settled();
      const probe = {
        kind: "invoke" as const,
        player: SYSTEM_OBJECT,
        this: SYSTEM_OBJECT,
        verb: "nope",
        args: [],
        optional: true,
      };
      assert.equal((await queue.submit(probe)).status, 0);
      await bus.publish([{ to: 42, event: { type: "output", text: "before" } }]);
      await until(() => heard.length === 1);

      redis.kill("SIGKILL");
      await new Promise((r) => redis.once("exit", r));
      await sleep(500);
      redis = await startRedis();

      // Jobs submitted after the restart run; output reaches the re-subscribed session.
      const outcome = await queue.submit(probe);
      assert.equal(outcome.status, 0);
      await until(() => {
        void bus.publish([{ to: 42, event: { type: "output", text: "after" } }]).catch(() => {});
        return heard.some((e) => e.type === "output" && e.text === "after");
      }, 15_000);
    } finally {
      await queue.drain();
      await worker.close();
      await bus.close();
      redis.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
