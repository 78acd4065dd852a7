/**
 * Attack class: changing built-ins to subvert later code — another verb (of another owner) in the
 * same task, or any later task. Intrinsics and the global object are frozen; each task gets a
 * fresh context.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { attack, type Fixture, openFixture } from "./helpers.js";

/** Each entry tries one mutation; it must throw (strict mode) and change nothing. */
const MUTATIONS: Record<string, string> = {
  "Object.prototype property": `(Object.prototype as any).polluted = 1;`,
  "Object.prototype via defineProperty": `Object.defineProperty(Object.prototype, "polluted", { value: 1 });`,
  "Array.prototype.map": `(Array.prototype as any).map = () => [];`,
  "Array.prototype[Symbol.iterator]": `(Array.prototype as any)[Symbol.iterator] = function* () {};`,
  "String.prototype.toUpperCase": `(String.prototype as any).toUpperCase = () => "pwned";`,
  "JSON.stringify": `(JSON as any).stringify = () => "pwned";`,
  "Math.random": `(Math as any).random = () => 4;`,
  "Promise.prototype.then": `(Promise.prototype as any).then = () => 1;`,
  "Function.prototype.call": `(Function.prototype as any).call = () => 1;`,
  "Error.captureStackTrace": `(Error as any).captureStackTrace = () => 1;`,
  "global variable": `(globalThis as any).shared = { secret: 1 };`,
  "global Object replaced": `(globalThis as any).Object = null;`,
  "prototype of Object.prototype": `Object.setPrototypeOf(Object.prototype, { polluted: 1 });`,
  "MooObject.prototype.get": `(Object.getPrototypeOf(this) as any).get = () => "pwned";`,
  "SDK module member": `import * as moo from "moo";\n(moo as any).print = () => 1;`,
  "Map.prototype.get": `(Map.prototype as any).get = () => 1;`,
  "RegExp.prototype.exec": `(RegExp.prototype as any).exec = () => null;`,
  "Reflect.apply": `(Reflect as any).apply = () => 1;`,
  "Array.isArray": `(Array as any).isArray = () => false;`,
  "Object.keys": `(Object as any).keys = () => [];`,
  "Number.isFinite": `(Number as any).isFinite = () => true;`,
  "generator prototype next": `(Object.getPrototypeOf(Object.getPrototypeOf((function* () {})())) as any).next = () => 1;`,
  "array iterator prototype": `(Object.getPrototypeOf([][Symbol.iterator]()) as any).next = () => ({ done: true });`,
  "typed array prototype": `(Object.getPrototypeOf(Int8Array.prototype) as any).fill = () => 1;`,
  "handle object itself": `(this as any).id = 1;`,
};

describe("security: prototype pollution within and across tasks", () => {
  let f: Fixture;
  before(async () => {
    f = await openFixture({ timeLimitMs: 500 });
  });
  after(() => f.close());

  for (const [name, code] of Object.entries(MUTATIONS)) {
    test(`mutating ${name} fails and does not reach the next task`, async () => {
      const r = await attack(f, `${code}\nreturn "mutated";`);
      assert.equal(r.ok, false, `mutation of ${name} succeeded`);
      const check = await f.evalAs(
        f.bob,
        `[({} as any).polluted, [1].map((x) => x * 2)[0], "a".toUpperCase(), JSON.stringify(1), typeof (globalThis as any).shared]`,
      );
      assert.equal(check.ok, true);
      if (check.ok) assert.deepEqual(check.value, [null, 2, "A", "1", "undefined"]);
    });
  }

  test("a verb of one owner cannot change what a verb of another owner computes in the same task", async () => {
    const bobs = await f.make("bob-thing", f.bob, { location: f.room });
    await f.addVerb(
      bobs,
      "shout",
      `return (args[0] as string).toUpperCase() + [1, 2].map((x) => x + 1).join(",");`,
      f.bob,
    );
    const obj = await f.make("attacker", f.alice, { location: f.room });
    await f.addVerb(
      obj,
      "go",
      `import { lookup } from "moo";\ntry { (String.prototype as any).toUpperCase = () => "pwned"; } catch {}\ntry { (Array.prototype as any).map = () => []; } catch {}\nreturn lookup(${bobs}).call("shout", "hi");`,
      f.alice,
    );
    const r2 = await f.run({ this: obj, verb: "go" });
    assert.equal(r2.ok && r2.value, "HI2,3");
  });

  test("state kept in closures does not survive into the next task", async () => {
    const obj = await f.make("counter", f.alice, { location: f.room });
    await f.addVerb(
      obj,
      "count",
      `const w = globalThis as any;\nlet n = 0;\ntry { n = (w.counter = (w.counter ?? 0) + 1); } catch { n = -1; }\nreturn n;`,
      f.alice,
    );
    const a = await f.run({ this: obj, verb: "count" });
    const b = await f.run({ this: obj, verb: "count" });
    assert.equal(a.ok && a.value, -1);
    assert.equal(b.ok && b.value, -1);
  });

  test("objects handed out by the SDK are the same handle for the same id, and frozen", async () => {
    const r = await attack(
      f,
      `import { lookup } from "moo";\nconst a = lookup(${0});\nreturn [a === lookup(0), Object.isFrozen(a), Object.isFrozen(Object.getPrototypeOf(a))];`,
    );
    assert.deepEqual(r.ok && r.value, [true, true, true]);
  });
});
