/**
 * Attack class: runaway code. Every loop shape must stop within 50 ms of the task's budget, the
 * error must not be catchable by verb code, and the next task in the same isolate must work.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { attack, type Fixture, openFixture } from "./helpers.js";

const BUDGET = 200;
const SLACK = 50;

const LOOPS: Record<string, string> = {
  "pure for(;;)": "for (;;) {}",
  "pure while(true) without block": "let i = 0;\nwhile (true) i++;",
  "do-while": "do { } while (true);",
  "for-of over an endless generator": "function* g() { let i = 0; while (true) yield i++; }\nfor (const x of g()) {}",
  "for-in re-entered forever": "const o = { a: 1 };\nfor (;;) for (const k in o) {}",
  "labelled nested loops": "outer: for (;;) { inner: for (let i = 0; i < 10; i++) { continue outer; } }",
  "loop of host calls inside try/catch": 'import { lookup } from "moo";\nfor (;;) { try { lookup(1); } catch (e) {} }',
  "catch that swallows and retries":
    'import { print } from "moo";\nfor (;;) { try { for (;;) {} } catch { continue; } }',
  "finally with continue": "for (;;) { try { for (;;) {} } finally { continue; } }",
  "finally with return inside a loop":
    "function f(): number { try { for (;;) {} } finally { return 1; } }\nfor (;;) { f(); }",
  "catch param destructuring default": "for (;;) { try { for (;;) {} } catch ({ message = 'x' }) { } }",
  "microtask loop": "function spin() { Promise.resolve().then(spin); }\nspin();",
  "async function await loop": "async function f() { for (;;) { await null; } }\nf();",
  "promise catch handler loop": "function spin(): Promise<void> { return Promise.reject(1).catch(spin); }\nspin();",
  "exponential recursion":
    "function f(n: number): number { return f(n + 1) + f(n + 2); }\ntry { f(0) } catch (e) { }\nfor (;;) { try { f(0) } catch {} }",
  "arrow recursion without loops":
    "const f = (n: number): number => (n > 25 ? 0 : f(n + 1) + f(n + 1));\nfor (;;) { f(0); }",
  "generator drained forever": "function* g() { for (;;) yield 1; }\nconst it = g();\nfor (;;) it.next();",
  "getter loop during argument copying": 'import { print } from "moo";\nprint({ get x() { for (;;) {} } } as never);',
  "getter loop when passing args to a verb": "this.call('run', { get x(): number { for (;;) {} } });",
  "toString loop in string conversion": 'import { print } from "moo";\nprint(String({ toString() { for (;;) {} } }));',
  "Array.from with mapping function": "for (;;) Array.from({ length: 1000 }, (x: unknown, i: number) => i);",
  "sort comparator loop": "const a = [3, 1, 2];\nfor (;;) a.sort((x, y) => { for (;;) {} });",
  "JSON.parse reviver loop": 'for (;;) JSON.parse("[1,2,3]", (k, v) => v);',
  "replace callback loop": 'for (;;) "aaaa".replace(/a/g, () => "b");',
  "class constructor loop": "class A { constructor() { for (;;) {} } }\nnew A();",
  "getter on this chain": "const o = { get x(): number { return o.x; } };\nfor (;;) { try { o.x } catch {} }",
  "host calls after catching the time limit":
    'import { timeLeft } from "moo";\nfor (;;) { try { timeLeft(); } catch { } }',
  "error with looping message getter":
    "class E extends Error { get message(): string { for (;;) {} } }\nthrow new E();",
  "thrown error with looping name getter":
    "class E extends Error { get name(): string { for (;;) {} } }\nthrow new E('x');",
  "return value with looping getter": "return { get x() { for (;;) {} } };",
  "Proxy trap loop": "const p = new Proxy({}, { get() { for (;;) {} } });\n(p as never as { a: number }).a;",
  "async generator loop":
    "async function* g() { for (;;) yield 1; }\n(async () => { for await (const x of g()) {} })();",
  "verb recursion through host": "this.call('run');",
};

describe("security: infinite loops and runaway code", () => {
  let f: Fixture;
  before(async () => {
    f = await openFixture({ timeLimitMs: BUDGET });
  });
  after(() => f.close());

  for (const [name, source] of Object.entries(LOOPS)) {
    test(`${name} stops within ${SLACK} ms of the budget, uncaught`, async () => {
      const r = await attack(f, source);
      assert.equal(r.ok, false, `the loop finished: ${JSON.stringify(r.ok ? r.value : null)}`);
      if (!r.ok) assert.match(r.error.message, /out of time|nested verb calls|Maximum call stack/);
      assert.ok(r.elapsedMs <= BUDGET + SLACK, `stopped after ${r.elapsedMs} ms (budget ${BUDGET})`);
      const next = await f.evalAs(f.alice, "1 + 1");
      assert.equal(next.ok, true, `the next task works: ${JSON.stringify(next)}`);
    });
  }

  test("a verb cannot observe the time-limit error in a catch block", async () => {
    const r = await attack(
      f,
      'import { lookup } from "moo";\nlet seen = 0;\nfor (;;) { try { for (;;) {} } catch (e) { seen++; this.set("seen", seen); } }',
    );
    assert.equal(r.ok, false);
  });
});
