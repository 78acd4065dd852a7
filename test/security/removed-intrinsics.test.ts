/** Attack class: WebAssembly, shared memory, weak references, code generation from strings. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { assertContained, attack, ESCAPED, type Fixture, openFixture } from "./helpers.js";

const ABSENT = ["WebAssembly", "SharedArrayBuffer", "Atomics", "FinalizationRegistry", "WeakRef", "console"];

describe("security: WebAssembly, SharedArrayBuffer and other removed intrinsics", () => {
  let f: Fixture;
  before(async () => {
    f = await openFixture({ timeLimitMs: 500 });
  });
  after(() => f.close());

  for (const name of ABSENT) {
    test(`${name} is absent, also by computed name`, async () => {
      const r = await attack(
        f,
        `const n = "${name.slice(0, 2)}" + "${name.slice(2)}";\nreturn n in globalThis ? "${ESCAPED}" : "absent";`,
      );
      assert.equal(r.ok && r.value, "absent");
    });
  }

  test("a WebAssembly module cannot be compiled through any reachable object", async () => {
    const r = await attack(
      f,
      `for (const k of Reflect.ownKeys(globalThis)) { const v = (globalThis as any)[k]; if (v && typeof v.compile === "function" && typeof v.Module === "function") return "${ESCAPED}"; }\nreturn "none";`,
    );
    assert.equal(r.ok && r.value, "none");
  });

  test("shared memory cannot be obtained from a growable buffer", async () => {
    assertContained(
      await attack(
        f,
        `const b = new ArrayBuffer(8);\nreturn (b as any).constructor.name === "SharedArrayBuffer" ? "${ESCAPED}" : "plain";`,
      ),
    );
  });

  test("eval is a stub that refuses", async () => {
    const r = await attack(
      f,
      `try { (globalThis as any).eval("1"); } catch (e) { return String(e); }\nreturn "${ESCAPED}";`,
    );
    assert.match(String(r.ok && r.value), /not available/);
  });

  test("new Function refuses", async () => {
    const r = await attack(
      f,
      `try { new Function("return 1"); } catch (e) { return String(e); }\nreturn "${ESCAPED}";`,
    );
    assert.match(String(r.ok && r.value), /not available/);
  });

  test("code generated from strings cannot bypass the instrumentation (Function via prototype)", async () => {
    const r = await attack(
      f,
      `try { Object.getPrototypeOf(() => 1).constructor("for(;;){}")(); } catch (e) { return String(e); }\nreturn "${ESCAPED}";`,
    );
    assert.match(String(r.ok && r.value), /not available/);
  });

  test("instanceof Function still works after the stub", async () => {
    const r = await attack(f, `return (() => 1) instanceof Function && typeof Function.prototype.call === "function";`);
    assert.equal(r.ok && r.value, true);
  });
});
