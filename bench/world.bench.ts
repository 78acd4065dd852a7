/**
 * World-model micro-benchmark: property reads and verb lookups through a transaction, and
 * committed single-property writes, on SQLite and (when TEST_DATABASE_URL is set) PostgreSQL.
 * Baseline in the same run: a plain Map lookup. Run:
 *   node --no-node-snapshot --import tsx bench/world.bench.ts
 */
import { performance } from "node:perf_hooks";
import type { ObjId } from "../src/core/ids.js";
import { SYSTEM, World } from "../src/world/index.js";
import { backends } from "../test/helpers/backends.js";

function rate(n: number, fn: (i: number) => void): number {
  fn(0);
  const t = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return n / ((performance.now() - t) / 1000);
}

async function rateAsync(n: number, fn: (i: number) => Promise<void>): Promise<number> {
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  return n / ((performance.now() - t) / 1000);
}

const fmt = (x: number) => Math.round(x).toLocaleString("en-US").padStart(13);
const rows: [string, string, number][] = [];

const map = new Map<string, number>();
for (let i = 0; i < 1000; i++) map.set(`k${i}`, i);
let sink = 0;
const baseline = rate(2_000_000, (i) => {
  sink += map.get(`k${i % 1000}`) ?? 0;
});
rows.push(["(baseline)", "Map.get with a string key", baseline]);

for (const backend of backends()) {
  const { store, cleanup } = await backend.open();
  const world = await World.open(store);
  await world.ensureIds(2000);
  const tx = world.begin();
  const root = tx.create(SYSTEM, { name: "root" });
  tx.defineProp(SYSTEM, root, "description", "plain");
  tx.addVerb(SYSTEM, root, { names: ["l*ook"], source: "", compiled: "" });
  const mid = tx.create(SYSTEM, { name: "mid", parents: [root] });
  const things: ObjId[] = [];
  for (let i = 0; i < 1000; i++) things.push(tx.create(SYSTEM, { name: `thing${i}`, parents: [mid] }));
  tx.defineProp(SYSTEM, things[0]!, "counter", 0);
  await world.commit(tx);

  const r = world.begin();
  rows.push([
    backend.name,
    "inherited property reads (getProp, 2 levels up)",
    rate(500_000, (i) => {
      sink += (r.getProp(SYSTEM, things[i % 1000]!, "description") as string).length;
    }),
  ]);
  rows.push([
    backend.name,
    "verb lookups (findVerb, inherited, cached)",
    rate(500_000, (i) => {
      sink += r.findVerb(things[i % 1000]!, "look") ? 1 : 0;
    }),
  ]);
  rows.push([
    backend.name,
    "committed transactions (one property write each)",
    await rateAsync(backend.name === "sqlite" ? 2000 : 500, async (i) => {
      const w = world.begin();
      w.setProp(SYSTEM, things[0]!, "counter", i);
      await world.commit(w);
    }),
  ]);
  await world.close();
  await cleanup();
}

console.log(`${"backend".padEnd(11)} ${"operation".padEnd(52)} ${"per second".padStart(13)}  vs baseline`);
for (const [b, op, n] of rows) console.log(`${b.padEnd(11)} ${op.padEnd(52)} ${fmt(n)}  ${(n / baseline).toFixed(3)}x`);
if (sink === -1) console.log(sink);
