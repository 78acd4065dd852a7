/**
 * Attack class: exhausting resources — deep recursion (JS and verb calls), huge strings and
 * arrays, memory, output floods. Each is stopped with a clear error, the task rolls back, and the
 * next task works (a fresh isolate after a memory-limit disposal).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { assertFails, attack, type Fixture, openFixture } from "./helpers.js";

describe("security: recursion, memory and output limits", () => {
  let f: Fixture;
  before(async () => {
    f = await openFixture({ timeLimitMs: 1500, maxOutputLines: 1000, maxOutputBytes: 100_000 });
  });
  after(() => f.close());

  const healthy = async () => {
    const r = await f.evalAs(f.alice, "[1, 2, 3].length");
    assert.equal(r.ok && r.value, 3, "next task works");
  };

  test("deep JS recursion ends with a catchable RangeError, host unaffected", async () => {
    const r = await attack(
      f,
      `function f(n: number): number { return f(n + 1) + 1; }\ntry { f(0); } catch (e) { return String(e); }\nreturn "no";`,
    );
    assert.match(String(r.ok && r.value), /Maximum call stack/);
    await healthy();
  });

  test("uncaught deep JS recursion fails the task", async () => {
    assertFails(await attack(f, `function f(n: number): number { return f(n + 1) + 1; }\nreturn f(0);`), /call stack/);
    await healthy();
  });

  test("recursive verb calls stop at the depth limit (uncatchable)", async () => {
    const r = await attack(f, `try { return this.call("run"); } catch (e) { return "caught"; }`);
    assertFails(r, /nested verb calls/);
    await healthy();
  });

  test("mutually recursive verbs of two owners stop at the depth limit", async () => {
    const a = await f.make("ping", f.alice, { location: f.room });
    const b = await f.make("pong", f.bob, { location: f.room });
    await f.addVerb(a, "go", `import { lookup } from "moo";\nreturn lookup(${b}).call("go");`, f.alice);
    await f.addVerb(b, "go", `import { lookup } from "moo";\nreturn lookup(${a}).call("go");`, f.bob);
    assertFails(await f.run({ this: a, verb: "go" }), /nested verb calls/);
  });

  test("JS recursion deep inside nested verb calls does not crash the host", async () => {
    const r = await attack(
      f,
      `function deep(n: number): number { return n === 0 ? 0 : deep(n - 1) + 1; }\nconst d = (args[0] as number) ?? 0;\nif (d > 20) return deep(5000);\ndeep(3000);\nreturn this.call("run", d + 1);`,
    );
    assert.equal(r.ok && r.value, 5000);
    await healthy();
  });

  test("a string doubled without end fails (Invalid string length or memory)", async () => {
    assertFails(await attack(f, `let s = "x";\nfor (;;) s += s;`), /string length|memory|out of time/i);
    await healthy();
  });

  test("'x'.repeat(2**30) fails cleanly", async () => {
    assertFails(await attack(f, `return "x".repeat(2 ** 30).length;`), /string length|memory/i);
    await healthy();
  });

  test("an array grown without end hits the memory limit; the isolate is replaced", async () => {
    const before = f.runtime.isolateGeneration;
    const r = await attack(f, `const a: number[][] = [];\nfor (;;) a.push(new Array(100000).fill(1));`);
    assertFails(r, /memory|out of time/);
    await healthy();
    if (!r.ok && /memory/.test(r.error.message)) assert.ok(f.runtime.isolateGeneration > before);
  });

  test("a huge ArrayBuffer allocation fails", async () => {
    assertFails(
      await attack(f, `const b = new ArrayBuffer(2 ** 31);\nreturn b.byteLength;`),
      /allocation|memory|Invalid/i,
    );
    await healthy();
  });

  test("objects built until memory runs out fail with a memory error, then a fresh isolate works", async () => {
    const r = await attack(
      f,
      `const m = new Map<number, object>();\nfor (let i = 0; ; i++) m.set(i, { i, s: "y".repeat(100) + i });`,
    );
    assertFails(r, /memory|out of time/);
    await healthy();
  });

  test("a value too large for the world is refused (property write)", async () => {
    assertFails(await attack(f, `this.set("big", "z".repeat(5_000_000));\nreturn 1;`), /too large/);
  });

  test("a value with too many nodes is refused (call arguments)", async () => {
    assertFails(await attack(f, `const a = new Array(200000).fill(0);\nreturn this.call("nope", a);`), /too large/);
  });

  test("a value that contains itself is refused", async () => {
    assertFails(
      await attack(f, `const a: unknown[] = [];\na.push(a);\nthis.set("loop", a);\nreturn 1;`),
      /contains itself/,
    );
  });

  test("non-finite numbers and functions are refused as values", async () => {
    assertFails(await attack(f, `this.set("n", Infinity);\nreturn 1;`), /finite/);
    assertFails(await attack(f, `this.set("fn", (() => 1) as never);\nreturn 1;`), /cannot pass/);
  });

  test("a print flood stops at the output limit and nothing is shown but the error", async () => {
    const r = await attack(f, `import { print } from "moo";\nfor (;;) print("spam");`);
    assertFails(r, /too much output/);
    assert.equal(r.output.includes("spam"), false);
  });

  test("a single huge print is refused", async () => {
    assertFails(
      await attack(f, `import { print } from "moo";\nprint("x".repeat(200_000));\nreturn 1;`),
      /too much output|too long/,
    );
  });

  test("a tell flood stops at the output limit and no tell is released", async () => {
    const r = await attack(f, `import { tell } from "moo";\nfor (;;) tell(player, "spam");`);
    assertFails(r, /too much output/);
    assert.equal(r.effects.length, 0);
  });

  test("an announce flood stops at the output limit", async () => {
    assertFails(await attack(f, `import { announce } from "moo";\nfor (;;) announce("spam");`), /too much output/);
  });

  test("a pager flood stops at the output limit", async () => {
    assertFails(
      await attack(f, `import { openPager } from "moo";\nfor (;;) openPager({ content: "x".repeat(10000) });`),
      /too much output/,
    );
  });

  test("output limit cannot be caught and ignored", async () => {
    const r = await attack(f, `import { print } from "moo";\nfor (;;) { try { print("spam"); } catch { } }`);
    assertFails(r, /too much output/);
  });
});
