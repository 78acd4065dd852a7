/**
 * Attack class: names and keys beginning with `_` (reserved for the runtime's helpers such as the
 * instrumentation functions). Static uses are refused at save time; dynamic property and verb
 * names and value keys are refused at run time.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { assertFails, assertRejected, attack, type Fixture, openFixture } from "./helpers.js";

const STATIC: Record<string, string> = {
  "identifier _": "const _ = 1;",
  "instrumentation helper __t": "__t = () => {};",
  "instrumentation helper __r": "const r = __r;",
  "wrapper parameter __moo": "return __moo.sdk;",
  "property access .__proto__": "return ({} as any).__proto__;",
  "property access ._secret": "return (this as any)._secret;",
  "element access with string": 'return ({} as any)["__proto__"];',
  "element access with template": "return ({} as any)[`__proto__`];",
  "object literal key": "return { _x: 1 };",
  "quoted object literal key": 'return { "__proto__": null };',
  "computed key literal": 'return { ["_x"]: 1 };',
  "destructuring key": "const { _x } = this as any;",
  "quoted destructuring key": 'const { "__proto__": p } = {} as any;',
  "class field": "class A { _x = 1; }",
  "class method": "class A { _m() {} }",
  "private name #_x": "class A { #_x = 1; }",
  "function name": "function _f() {}",
  parameter: "function f(_p: number) { return _p; }",
  label: "_l: for (;;) break _l;",
  "catch binding": "try {} catch (_e) {}",
  "import alias": 'import { print as _p } from "moo";',
  "namespace alias": 'import * as _m from "moo";',
  "getter name": "const o = { get _x() { return 1; } };",
  "enum member": "enum E { _A }",
  "interface member (types too)": "interface I { _x: number }",
};

describe("security: names and keys beginning with '_'", () => {
  let f: Fixture;
  before(async () => {
    f = await openFixture({ timeLimitMs: 500 });
  });
  after(() => f.close());

  for (const [name, source] of Object.entries(STATIC)) {
    test(`${name} is refused at save time with its line`, () => {
      assertRejected(f, `// line 1\n${source}`, /names beginning with '_' are reserved.*\(line 2\)/);
    });
  }

  test("a reserved name in the source leaves the verb unsaved (CompileError, code E_COMPILE)", () => {
    try {
      f.runtime.compileVerb("const ok = 1;\nconst _bad = 2;");
      assert.fail("compiled");
    } catch (e) {
      assert.equal((e as { code?: string }).code, "E_COMPILE");
      assert.equal((e as { line?: number }).line, 2);
    }
  });

  test("property names beginning with '_' are refused by get", async () => {
    assertFails(await attack(f, `return this.get("_" + "secret");`), /reserved/);
  });

  test("property names beginning with '_' are refused by set", async () => {
    assertFails(await attack(f, `this.set("_" + "x", 1);\nreturn 1;`), /reserved/);
  });

  test("property names beginning with '_' are refused by has", async () => {
    assertFails(await attack(f, `return this.has("_" + "x");`), /reserved/);
  });

  test("verb names beginning with '_' are refused by call", async () => {
    assertFails(await attack(f, `return this.call("_" + "init");`), /reserved/);
  });

  test("keys beginning with '_' inside stored values are refused", async () => {
    assertFails(
      await attack(f, `const v: Record<string, number> = {};\nv["_" + "k"] = 1;\nthis.set("data", v);\nreturn 1;`),
      /reserved/,
    );
  });

  test("keys beginning with '_' nested deep inside call arguments are refused", async () => {
    assertFails(
      await attack(
        f,
        `const v: Record<string, unknown> = {};\nv["_" + "k"] = 1;\nreturn this.call("run", [[{ a: v }]]);`,
      ),
      /reserved/,
    );
  });

  test("$ refuses names beginning with '_'", async () => {
    assertFails(await attack(f, `import { $ } from "moo";\nreturn ($ as any)["_" + "x"];`), /reserved/);
  });

  test("lookup('$_x') is refused", async () => {
    assertFails(await attack(f, `import { lookup } from "moo";\nreturn lookup("$" + "_x");`), /reserved/);
  });
});
