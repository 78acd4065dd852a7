/**
 * Attack class: state carried from one task to the next. A sandbox context serves many tasks in
 * turn (src/runtime/sandbox/sandbox.ts), so nothing a task leaves behind may reach a later task:
 * not a global, a prototype, an object handle, the last regular-expression match, the deadline or
 * a fatal error. These tests first check that contexts really are reused, so they exercise that path.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { SYSTEM } from "../../src/world/index.js";
import { assertContained, attack, type Fixture, openFixture } from "./helpers.js";

describe("security: a reused sandbox context carries nothing between tasks", () => {
  let f: Fixture;
  before(async () => {
    f = await openFixture({ timeLimitMs: 300 });
  });
  after(async () => {
    await f.close();
  });

  test("contexts are reused across tasks", async () => {
    await attack(f, "return 1;");
    const before = f.runtime.contextsCreated;
    for (let i = 0; i < 5; i++) assert.equal((await attack(f, "return 2;")).ok, true);
    assert.equal(f.runtime.contextsCreated, before, "five ordinary tasks should not create contexts");
  });

  test("another owner's regular-expression match is not visible through RegExp's legacy statics", async () => {
    const secret = await attack(f, 'const m = /(hunter2)/.exec("password hunter2"); return m ? 1 : 0;', {
      owner: f.wizard,
    });
    assert.equal(secret.ok, true);
    const r = await attack(
      f,
      [
        "const R = RegExp as unknown as Record<string, unknown>;",
        'const seen = [R["$1"], R["lastMatch"], R["input"], R["$_"], R["leftContext"], R["rightContext"]];',
        'return seen.some((x) => typeof x === "string" && x.includes("hunter2")) ? "ESCAPED" : String(seen.filter((x) => x !== undefined).length);',
      ].join("\n"),
    );
    assertContained(r);
    assert.deepEqual(r.ok && r.value, "0");
  });

  test("a value stashed on globals, prototypes or object handles is gone (or refused)", async () => {
    const stash = await attack(
      f,
      [
        "const g = globalThis as unknown as Record<string, unknown>;",
        'try { g["stash"] = "hunter2"; } catch {}',
        'try { (Object.prototype as unknown as Record<string, unknown>)["stash"] = "hunter2"; } catch {}',
        'try { (this as unknown as Record<string, unknown>)["stash"] = "hunter2"; } catch {}',
        'try { (player as unknown as Record<string, unknown>)["stash"] = "hunter2"; } catch {}',
        "return 1;",
      ].join("\n"),
      { owner: f.wizard },
    );
    assert.equal(stash.ok, true);
    const r = await attack(
      f,
      [
        "const g = globalThis as unknown as Record<string, unknown>;",
        "const o = {} as Record<string, unknown>;",
        "const p = player as unknown as Record<string, unknown>;",
        'return g["stash"] === "hunter2" || o["stash"] === "hunter2" || p["stash"] === "hunter2" ? "ESCAPED" : "clean";',
      ].join("\n"),
      { player: f.wizard },
    );
    assertContained(r);
    assert.equal(r.ok && r.value, "clean");
  });

  test("each task gets its own full time budget", async () => {
    // Each run takes most of the 300 ms budget; were the deadline carried over, the second would fail.
    const spin = "const end = Date.now() + 200; let n = 0; while (Date.now() < end) n++; return 1;";
    for (let i = 0; i < 3; i++) {
      const r = await attack(f, spin);
      assert.equal(r.ok, true, r.ok ? "" : r.error.message);
    }
  });

  test("a task that hit the time limit does not poison the next one; its context is dropped", async () => {
    const created = f.runtime.contextsCreated;
    const r = await attack(f, "for (;;) {}");
    assert.equal(r.ok, false);
    const next = await attack(f, "return 42;");
    assert.equal(next.ok && next.value, 42);
    assert.ok(f.runtime.contextsCreated > created, "the timed-out context must not be reused");
  });

  test("a task the isolate had to stop leaves no queued promise job behind: the isolate is replaced", async () => {
    const before = f.runtime.isolateGeneration;
    // Each rejection schedules the next; the chain never calls verb code again after the deadline,
    // so only the isolate's own timeout stops it, with jobs still queued.
    const r = await attack(f, "function spin(): Promise<void> { return Promise.reject(1).catch(spin); }\nspin();");
    assert.equal(r.ok, false);
    for (let i = 0; i < 3; i++) {
      const next = await attack(f, "return 42;");
      assert.equal(next.ok && next.value, 42, JSON.stringify(next));
    }
    assert.ok(f.runtime.isolateGeneration > before, "the next task ran in a new isolate");
  });

  test("a verb reprogrammed between tasks runs its new code; eval code is never stale", async () => {
    const obj = await f.make("changing", f.alice, { location: f.room });
    const verbId = await f.addVerb(obj, "v", "return 1;", f.alice);
    assert.equal((await f.run({ this: obj, verb: "v", player: f.alice })).ok, true);
    const compiled = f.runtime.compileVerb("return 2;").js;
    await f.tx((t) => t.setVerbCode(SYSTEM, obj, verbId, "return 2;", compiled));
    const r = await f.run({ this: obj, verb: "v", player: f.alice });
    assert.equal(r.ok && r.value, 2);
  });

  test("a promise continuation left by one task never runs in a later one", async () => {
    // The continuation would call the SDK as whoever runs next; it must run in its own task or never.
    const left = await attack(
      f,
      [
        'import { print } from "moo";',
        "let resolveLater: (v: number) => void = () => {};",
        'new Promise<number>((res) => { resolveLater = res; }).then(() => print("ESCAPED"));',
        'Promise.resolve().then(() => print("same task"));',
        "return 1;",
      ].join("\n"),
      { owner: f.wizard },
    );
    assert.equal(left.ok, true);
    assert.deepEqual(left.ok && left.output, ["same task"]);
    const r = await attack(f, 'import { print } from "moo";\nprint("next");\nreturn 1;');
    assertContained(r);
    assert.deepEqual(r.output, ["next"]);
  });
});
