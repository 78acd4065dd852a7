/**
 * Attack class: reaching the host through constructor chains, code generation from strings,
 * host callbacks, errors coming from the host, stack-trace APIs and missing Node globals.
 * Every attack returns ESCAPED if it reached anything of the host.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { assertContained, attack, ESCAPED, type Fixture, openFixture } from "./helpers.js";

/** Wraps a probe: if it yields something with `process`/`require`, report ESCAPED. */
const probe = (expr: string): string =>
  `let got: unknown;\ntry { got = ${expr}; } catch (e) { return "blocked: " + String(e); }\n` +
  `if (got && typeof got === "object" && ("versions" in (got as object) || "mainModule" in (got as object))) return "${ESCAPED}";\n` +
  `if (typeof got === "function") return "${ESCAPED}";\nreturn "no: " + typeof got;`;

const CHAINS: Record<string, string> = {
  "this.constructor.constructor": probe(`(this as any).constructor.constructor("return process")()`),
  "SDK function constructor": `import { print } from "moo";\n${probe(`(print as any).constructor("return process")()`)}`,
  "handle method constructor": probe(`(this as any).get.constructor("return process")()`),
  "getter from the handle prototype": probe(
    `Object.getOwnPropertyDescriptor(Object.getPrototypeOf(this), "name")!.get!.constructor("return process")()`,
  ),
  "error raised by the host": `import { lookup } from "moo";\ntry { lookup(999999) } catch (e) { ${probe(`(e as any).constructor.constructor("return process")()`).replace(/\n/g, " ")} }\nreturn "none";`,
  "async function constructor": probe(`Object.getPrototypeOf(async function () {}).constructor("return process")()`),
  "generator function constructor": probe(
    `Object.getPrototypeOf(function* () {}).constructor("return process")().next().value`,
  ),
  "async generator function constructor": probe(`Object.getPrototypeOf(async function* () {}).constructor("return 1")`),
  "Reflect.construct(Function)": probe(`Reflect.construct(Function, ["return process"])()`),
  "Function.prototype.constructor": probe(`Function.prototype.constructor("return process")()`),
  "global eval by name": probe(`(globalThis as any)["ev" + "al"]("process")`),
  "indirect eval": probe(`(0, (globalThis as any).eval)("process")`),
  "bound Function": probe(`Function.bind(null, "return process")()()`),
  "arrow constructor chain": probe(`(() => 1).constructor("return process")()`),
  "class constructor chain": probe(`(class {}).constructor("return process")()`),
  "$ proxy internals": `import { $ } from "moo";\n${probe(`(Object.getPrototypeOf($) as any).constructor.constructor("return process")()`)}`,
  "MooObject class constructor": `import { MooObject } from "moo";\n${probe(`(MooObject as any).constructor("return process")()`)}`,
  "UserError class chain": `import { UserError } from "moo";\n${probe(`new UserError("x").constructor.constructor("return process")()`)}`,
  "Symbol.species trick": probe(
    `(() => { class A extends Array { static get [Symbol.species]() { return Function; } } return new A(1).map(() => "return process"); })()`,
  ),
  "toString of an SDK function is only text": `import { print } from "moo";\nconst s = String(print);\nreturn typeof s === "string" ? "text" : "${ESCAPED}";`,
};

const GLOBALS = [
  "process",
  "require",
  "module",
  "exports",
  "Buffer",
  "global",
  "setTimeout",
  "setInterval",
  "setImmediate",
  "queueMicrotask",
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "importScripts",
  "Deno",
  "Bun",
  "mooInstall",
];

describe("security: constructor chains and host access", () => {
  let f: Fixture;
  before(async () => {
    f = await openFixture({ timeLimitMs: 500 });
  });
  after(() => f.close());

  for (const [name, source] of Object.entries(CHAINS)) {
    test(`constructor chain via ${name} does not reach the host`, async () => {
      assertContained(await attack(f, source));
    });
  }

  for (const g of GLOBALS) {
    test(`global '${g}' is not available`, async () => {
      const r = await attack(f, `return typeof (globalThis as any)["${g}"] === "undefined" ? "absent" : "${ESCAPED}";`);
      assert.equal(r.ok && r.value, "absent");
    });
  }

  test("Error.prepareStackTrace cannot be installed (frozen Error)", async () => {
    const r = await attack(
      f,
      `try { (Error as any).prepareStackTrace = (e: unknown, s: any[]) => s.map((c) => c.getFunction()); } catch { return "frozen"; }\nreturn "${ESCAPED}";`,
    );
    assert.equal(r.ok && r.value, "frozen");
  });

  test("arguments.callee and Function.caller are unavailable (strict mode)", async () => {
    const r = await attack(
      f,
      `function g() { try { return (g as any).caller; } catch { return "blocked"; } }\nreturn g();`,
    );
    assert.equal(r.ok && r.value, "blocked");
  });

  test("a world object handle has only its id as own data", async () => {
    const r = await attack(f, `return Object.getOwnPropertyNames(this).join(",") + "|" + Object.isFrozen(this);`);
    assert.equal(r.ok && r.value, "id|true");
  });

  test("nothing on the global object begins with '_' or leaks the installer", async () => {
    const r = await attack(
      f,
      `return Reflect.ownKeys(globalThis).map(String).filter((k) => k.startsWith("_") || k.startsWith("moo") || k.includes("ivm")).join(",");`,
    );
    assert.equal(r.ok && r.value, "");
  });
});
