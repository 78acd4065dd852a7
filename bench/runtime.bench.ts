/**
 * Verb runtime benchmark. Run: node --no-node-snapshot --import tsx bench/runtime.bench.ts
 * Each figure is printed next to a comparison measured in the same run:
 *   - verb→verb calls/s inside one task        vs  the same loop calling a plain JS function in the sandbox, and a host function call
 *   - host property reads/s (obj.get) in a task vs  reading a JS object property in the sandbox, and WorldTx.getProp called directly
 *   - tasks/s for a trivial verb                vs  one fresh isolated-vm context per task (the floor), and a plain host function call
 */

import { openFixture } from "../src/runtime/testing/fixture.js";
import { SYSTEM } from "../src/world/index.js";

function rate(n: number, ms: number): string {
  const r = (n * 1000) / ms;
  return r >= 1e6 ? `${(r / 1e6).toFixed(2)} M/s` : r >= 1e3 ? `${(r / 1e3).toFixed(1)} k/s` : `${r.toFixed(0)} /s`;
}

export async function runtimeBench(): Promise<Record<string, string>> {
  const f = await openFixture({ timeLimitMs: 30_000 });
  const out: Record<string, string> = {};
  const obj = await f.make("bench", f.alice, { location: f.room });
  await f.tx((t) => t.setProp(SYSTEM, obj, "value", 41));
  await f.addVerb(obj, "noop", "return 1;");
  await f.addVerb(obj, "inc", "return (args[0] as number) + 1;");
  const N_CALLS = 20_000;
  await f.addVerb(
    obj,
    "callloop",
    `let x = 0;\nfor (let i = 0; i < ${N_CALLS}; i++) x = this.call("inc", x) as number;\nreturn x;`,
  );
  await f.addVerb(
    obj,
    "jsloop",
    `function inc(n: number) { return n + 1; }\nlet x = 0;\nfor (let i = 0; i < ${N_CALLS}; i++) x = inc(x);\nreturn x;`,
  );
  const N_READS = 50_000;
  await f.addVerb(
    obj,
    "readloop",
    `let s = 0;\nfor (let i = 0; i < ${N_READS}; i++) s += this.get("value") as number;\nreturn s;`,
  );
  await f.addVerb(
    obj,
    "jsread",
    `const o = { value: 41 };\nlet s = 0;\nfor (let i = 0; i < ${N_READS}; i++) s += o.value;\nreturn s;`,
  );

  const time = async (verb: string): Promise<number> => {
    await f.run({ this: obj, verb }); // warm
    const t0 = performance.now();
    const r = await f.run({ this: obj, verb });
    if (!r.ok) throw new Error(`${verb}: ${r.error.message}`);
    return performance.now() - t0;
  };

  const calls = await time("callloop");
  const jsCalls = await time("jsloop");
  const hostFn = (n: number): number => n + 1;
  let x = 0;
  let t0 = performance.now();
  for (let i = 0; i < 1_000_000; i++) x = hostFn(x);
  const hostMs = performance.now() - t0;
  out["verb→verb calls in one task"] = rate(N_CALLS, calls);
  out["  vs plain JS function call in the sandbox"] = rate(N_CALLS, jsCalls);
  out["  vs plain host function call"] = rate(1_000_000, hostMs);

  const reads = await time("readloop");
  const jsReads = await time("jsread");
  const tx = f.world.begin();
  t0 = performance.now();
  let s = 0;
  for (let i = 0; i < N_READS; i++) s += tx.getProp(f.alice, obj, "value") as number;
  const directMs = performance.now() - t0;
  out["host property reads (obj.get) in a task"] = rate(N_READS, reads);
  out["  vs JS object property read in the sandbox"] = rate(N_READS, jsReads);
  out["  vs WorldTx.getProp called directly on the host"] = rate(N_READS, directMs);

  const N_TASKS = 500;
  for (let i = 0; i < 50; i++) f.runtime.runVerb(f.world.begin(), { player: f.alice, this: obj, verb: "noop" });
  t0 = performance.now();
  for (let i = 0; i < N_TASKS; i++) {
    const r = f.runtime.runVerb(f.world.begin(), { player: f.alice, this: obj, verb: "noop" });
    if (!r.ok) throw new Error(r.error.message);
  }
  const taskMs = performance.now() - t0;
  const ivm = (await import("isolated-vm")).default;
  const iso = new ivm.Isolate({ memoryLimit: 64 });
  t0 = performance.now();
  for (let i = 0; i < N_TASKS; i++) iso.createContextSync().release();
  const ctxMs = performance.now() - t0;
  iso.dispose();
  out["tasks/s, trivial verb (fresh context, shim, freeze, run)"] = rate(N_TASKS, taskMs);
  out["  vs bare isolated-vm context creation"] = rate(N_TASKS, ctxMs);
  out["  per-task overhead (ms)"] = (taskMs / N_TASKS).toFixed(2);
  out.checksum = String(x + s);
  await f.close();
  return out;
}

const main = process.argv[1]?.endsWith("runtime.bench.ts");
if (main) {
  const results = await runtimeBench();
  for (const [k, v] of Object.entries(results)) if (k !== "checksum") console.log(`${k.padEnd(60)} ${v}`);
}
