/**
 * `obj.call` runs the called verb inside the isolate: the host pushes the callee's frame at the
 * call and pops it at the caller's next operation. These attacks check that the acting
 * permissions are always those of the verb really running, and that nothing of one owner's code
 * (getters, proxies, thrown objects, returned functions) runs in another owner's frame.
 * Low-privilege code is alice's (a programmer); the privileged code is the wizard's.
 */

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { ObjId } from "../../src/core/ids.js";
import { assertFails, attack, type Fixture, openFixture } from "./helpers.js";

describe("security: in-isolate verb calls keep each frame's permissions", () => {
  let f: Fixture;
  /** Wizard-owned: `vault.secret` can only be written by a wizard. */
  let vault: ObjId;
  /** Wizard-owned helper verbs alice may call. */
  let wizHelpers: ObjId;
  /** Alice-owned verbs the wizard's code calls. */
  let alices: ObjId;

  before(async () => {
    f = await openFixture({ timeLimitMs: 1000 });
    vault = await f.make("vault", f.wizard, { location: f.room });
    await f.tx((t) => t.setProp(f.wizard, vault, "secret", "untouched"));
    wizHelpers = await f.make("helpers", f.wizard, { location: f.room });
    await f.addVerb(wizHelpers, "noop", "return 1;", f.wizard);
    await f.addVerb(wizHelpers, "nested", `return this.call("noop") as number + 1;`, f.wizard);
    alices = await f.make("alice's things", f.alice, { location: f.room });
  });
  after(() => f.close());

  const secret = () => f.prop(vault, "secret");
  const write = (value: string) => `lookup(${vault}).set("secret", "${value}")`;

  test("after a wizard verb returns, the caller acts with its own permissions again", async () => {
    const r = await attack(
      f,
      `import { lookup } from "moo";\nlookup(${wizHelpers}).call("noop");\n${write("by alice after noop")};\nreturn "ESCAPED";`,
    );
    assertFails(r, /not allowed/);
    assert.equal(secret(), "untouched");
  });

  test("…also after nested wizard calls and in a loop of them", async () => {
    const r = await attack(
      f,
      `import { lookup } from "moo";\nconst h = lookup(${wizHelpers});\nfor (let i = 0; i < 50; i++) h.call("nested");\n${write("by alice after loop")};`,
    );
    assertFails(r, /not allowed/);
    assert.equal(secret(), "untouched");
  });

  test("a verb's own permissions apply inside it even when its caller is a wizard", async () => {
    await f.addVerb(
      alices,
      "tryWrite",
      `import { lookup } from "moo";\n${write("by alice's verb")};\nreturn 1;`,
      f.alice,
    );
    const r = await attack(f, `import { lookup } from "moo";\nreturn lookup(${alices}).call("tryWrite");`, {
      owner: f.wizard,
    });
    assertFails(r, /not allowed/);
    assert.equal(secret(), "untouched");
  });

  test("a getter on a returned object runs in the callee's frame, not the wizard caller's", async () => {
    await f.addVerb(
      alices,
      "trap",
      `import { lookup } from "moo";\nreturn { get x() { ${write("by a getter")}; return 1; } };`,
      f.alice,
    );
    const r = await attack(
      f,
      `import { lookup } from "moo";\nconst v = lookup(${alices}).call("trap") as { x: number };\nreturn v.x;`,
      {
        owner: f.wizard,
      },
    );
    assertFails(r, /not allowed/);
    assert.equal(secret(), "untouched");
  });

  test("a thrown object's getters run in the callee's frame; the caller catches a fresh error", async () => {
    await f.addVerb(
      alices,
      "throwTrap",
      `import { lookup } from "moo";\nthrow { get message() { ${write("by a thrown getter")}; return "m"; } };`,
      f.alice,
    );
    const r = await attack(
      f,
      `import { lookup } from "moo";\ntry { lookup(${alices}).call("throwTrap"); } catch (e) { const m = (e as Error).message; ${write("by the wizard, after catching")}; return [String((e as Error).name), m]; }\nreturn "no error";`,
      { owner: f.wizard },
    );
    // The wizard's own write after catching is legitimate; the getter's write (alice's) was not.
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(secret(), "by the wizard, after catching");
    if (r.ok) assert.ok(Array.isArray(r.value) && !String(r.value[1]).includes("by a thrown getter"));
    await f.tx((t) => t.setProp(f.wizard, vault, "secret", "untouched"));
  });

  test("a returned function or proxy never reaches the caller", async () => {
    await f.addVerb(alices, "giveFn", `return () => 1;`, f.alice);
    await f.addVerb(
      alices,
      "giveProxy",
      `import { lookup } from "moo";\nreturn new Proxy({}, { ownKeys() { ${write("by a proxy")}; return []; } });`,
      f.alice,
    );
    assertFails(
      await attack(f, `import { lookup } from "moo";\nreturn lookup(${alices}).call("giveFn");`, { owner: f.wizard }),
    );
    const r = await attack(
      f,
      `import { lookup } from "moo";\nconst p = lookup(${alices}).call("giveProxy");\nreturn Object.keys(p as object).length;`,
      { owner: f.wizard },
    );
    assertFails(r, /not allowed/);
    assert.equal(secret(), "untouched");
  });

  test("arguments are copies: a callee cannot change the caller's values", async () => {
    await f.addVerb(
      alices,
      "mutate",
      `(args[0] as number[]).push(99);\n(args[1] as { a: number }).a = 2;\nreturn null;`,
      f.alice,
    );
    const r = await attack(
      f,
      `import { lookup } from "moo";\nconst xs = [1];\nconst o = { a: 1 };\nlookup(${alices}).call("mutate", xs, o);\nreturn [xs.length, o.a];`,
    );
    assert.deepEqual(r.ok ? r.value : r.error.message, [1, 1]);
  });

  test("results are copies: two calls never share an object", async () => {
    await f.addVerb(alices, "list", `return [1, 2];`, f.alice);
    const r = await attack(
      f,
      `import { lookup } from "moo";\nconst a = lookup(${alices}).call("list") as number[];\nconst b = lookup(${alices}).call("list") as number[];\na.push(3);\nreturn [a === b, b.length];`,
    );
    assert.deepEqual(r.ok ? r.value : r.error.message, [false, 2]);
  });

  test("a failure inside a nested call carries the callee's frames in its traceback", async () => {
    await f.addVerb(alices, "inner", `import { UserError } from "moo";\nthrow new Error("deep");`, f.alice);
    await f.addVerb(alices, "outer", `return this.call("inner");`, f.alice);
    const r = await attack(f, `import { lookup } from "moo";\nreturn lookup(${alices}).call("outer");`);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.match(r.error.message, /deep/);
      const tb = r.error.frames.join("\n");
      assert.match(tb, /:inner line \d+/);
      assert.match(tb, /:outer line \d+/);
    }
  });

  test("runaway recursion through in-isolate calls hits the depth limit and rolls back", async () => {
    await f.addVerb(
      alices,
      "down",
      `import { lookup } from "moo";\nlookup(${alices}).set("depth", (args[0] as number) + 1);\nreturn this.call("down", (args[0] as number) + 1);`,
      f.alice,
    );
    const r = await attack(f, `import { lookup } from "moo";\nreturn lookup(${alices}).call("down", 0);`);
    assertFails(r, /Too many nested verb calls/);
    assert.equal(f.prop(alices, "depth"), undefined, "nothing of the task was committed");
  });

  test("a callee's promise callbacks never run with its wizard caller's permissions", async () => {
    await f.addVerb(
      alices,
      "later",
      `import { lookup } from "moo";\nPromise.resolve().then(() => { ${write("by a microtask")}; });\nreturn 1;`,
      f.alice,
    );
    const r = await attack(f, `import { lookup } from "moo";\nlookup(${alices}).call("later");\nreturn 2;`, {
      owner: f.wizard,
    });
    assert.equal(secret(), "untouched", JSON.stringify(r));
  });

  test("…nor with the permissions of a wizard verb it calls afterwards", async () => {
    await f.addVerb(
      alices,
      "laterThenCall",
      `import { lookup } from "moo";\nPromise.resolve().then(() => { ${write("by a microtask after a wizard call")}; });\nlookup(${wizHelpers}).call("noop");\nreturn 1;`,
      f.alice,
    );
    await attack(f, `import { lookup } from "moo";\nreturn lookup(${alices}).call("laterThenCall");`);
    assert.equal(secret(), "untouched");
  });

  test("…nor do its await continuations or thenable jobs (no Promise.prototype.then involved)", async () => {
    await f.addVerb(
      alices,
      "awaits",
      `import { lookup } from "moo";\n(async () => { await null; ${write("by an await continuation")}; })();\nPromise.resolve({ then(ok: (v: number) => void) { ${write("by a thenable job")}; ok(1); } });\nreturn 1;`,
      f.alice,
    );
    const r = await attack(f, `import { lookup } from "moo";\nlookup(${alices}).call("awaits");\nreturn 2;`, {
      owner: f.wizard,
    });
    assert.equal(secret(), "untouched", JSON.stringify(r));
  });

  test("a verb's own promise callbacks still run when no other owner's verb ran in the task", async () => {
    const r = await attack(
      f,
      `import { lookup, print } from "moo";\nPromise.resolve().then(() => print("later, same owner"));\nreturn 1;`,
    );
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.deepEqual(r.ok && r.output, ["later, same owner"]);
  });

  test("a called verb sees the task's command variables, its own copy of words, and its caller", async () => {
    const obj = await f.make("commanded", f.alice, { location: f.room });
    await f.addVerb(
      obj,
      "inner",
      `words.push("mine");\nreturn [player.id, caller.id, verb, args, argstr, dobj.id, dobjstr, prep, prepstr, iobj.id, iobjstr, words.length];`,
      f.alice,
    );
    await f.addVerb(
      obj,
      "outer",
      `words.push("outer's");\nconst a = this.call("inner", 1) as unknown[];\nconst b = this.call("inner", 2) as unknown[];\nreturn [a, b, words.length];`,
      f.alice,
    );
    const r = await f.run({
      this: obj,
      verb: "outer",
      player: f.alice,
      command: {
        verb: "outer",
        argstr: "ball in box",
        words: ["outer", "ball", "in", "box"],
        dobj: obj,
        dobjstr: "ball",
        prep: "in",
        prepstr: "in",
        iobj: f.room,
        iobjstr: "box",
      },
    });
    assert.equal(r.ok, true, JSON.stringify(r));
    const row = (n: number) => [f.alice, obj, "inner", [n], "ball in box", obj, "ball", "in", "in", f.room, "box", 5];
    assert.deepEqual(r.ok && r.value, [row(1), row(2), 5]);
  });

  test("a caught failure of a nested call leaves the caller's permissions intact", async () => {
    await f.addVerb(wizHelpers, "boom", `throw new Error("boom");`, f.wizard);
    const r = await attack(
      f,
      `import { lookup } from "moo";\ntry { lookup(${wizHelpers}).call("boom"); } catch {}\n${write("by alice after catching")};`,
    );
    assertFails(r, /not allowed/);
    assert.equal(secret(), "untouched");
  });
});
