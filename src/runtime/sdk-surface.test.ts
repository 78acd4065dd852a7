/**
 * The SDK's three lists stay in step: the names verb code may import (sdk-names.ts), what the
 * sandbox shim defines, and the declarations in sdk/moo.d.ts. Plus the programming operations'
 * small rules: doc comments, `// @verb` headers on edit, compile errors with their line.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { SDK_TYPES, SDK_VALUES } from "./compile/sdk-names.js";
import { docOf } from "./task/programming-ops.js";
import { type Fixture, openFixture } from "./testing/fixture.js";

const DTS = readFileSync(new URL("../../sdk/moo.d.ts", import.meta.url), "utf8");

describe("SDK surface", () => {
  let f: Fixture;
  before(async () => {
    f = await openFixture();
  });
  after(() => f.close());

  test("every exported value exists in the sandbox", async () => {
    const r = await f.evalAs(f.wizard, `[${SDK_VALUES.map((n) => `typeof ${n}`).join(", ")}]`);
    assert.ok(r.ok, JSON.stringify(r.ok ? null : r.error));
    const kinds = r.value as string[];
    for (const [i, n] of SDK_VALUES.entries()) assert.notEqual(kinds[i], "undefined", n);
  });

  test("every exported value and type is declared in sdk/moo.d.ts", () => {
    for (const n of SDK_VALUES) {
      const re = n === "$" ? /export const \$:/ : new RegExp(`export (function|class|const) ${n}\\b`);
      assert.match(DTS, re, n);
    }
    for (const n of SDK_TYPES) assert.match(DTS, new RegExp(`export (type|interface) ${n}\\b`), n);
  });

  test("docOf reads the first block comment after the header", () => {
    assert.equal(
      docOf("// @verb x --on $thing\n/**\n * x <obj>: does x.\n * More.\n */\nprint(1);"),
      "x <obj>: does x.\nMore.",
    );
    assert.equal(docOf("/** one line (method). */\nreturn 1;"), "one line (method).");
    assert.equal(docOf("print(1);\n/** too late */"), "");
  });

  test("setVerbCode applies a header's argument specs; a compile error changes nothing", async () => {
    const obj = await f.make("gadget", f.alice, { location: f.room });
    await f.addVerb(obj, "poke", "return 1;", f.alice);
    const r = await f.evalAs(
      f.alice,
      `const o = lookup(${obj});\nconst v = o.setVerbCode("poke", "// @verb poke --dspec this --ispec with:any\\nreturn 2;");\n[v.dspec, v.ispecs]`,
    );
    assert.ok(r.ok);
    assert.deepEqual(r.value, ["this", [{ prep: "with", spec: "any" }]]);
    const bad = await f.evalAs(f.alice, `lookup(${obj}).setVerbCode("poke", "return 3;\\nconst = 4;")`);
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? "" : bad.error.message, /\(line 2\)$/);
    const check = await f.evalAs(f.alice, `checkCode("let a = 1;\\nlet b = ;")`);
    assert.ok(check.ok);
    assert.deepEqual(check.value, { line: 2, message: "Expression expected." });
    const still = await f.run({ this: obj, verb: "poke", player: f.alice });
    assert.ok(still.ok && still.value === 2);
  });

  test("ispecs take preposition synonyms and store the canonical word", async () => {
    const obj = await f.make("widget", f.alice, { location: f.room });
    const r = await f.evalAs(
      f.alice,
      `lookup(${obj}).addVerb("put place", { dspec: "any", ispecs: [{ prep: "into", spec: "this" }, { prep: "in_front_of", spec: "any" }] }).ispecs`,
    );
    assert.ok(r.ok);
    assert.deepEqual(r.value, [
      { prep: "in", spec: "this" },
      { prep: "before", spec: "any" },
    ]);
    const bad = await f.evalAs(f.alice, `lookup(${obj}).addVerb("x", { ispecs: [{ prep: "of", spec: "any" }] })`);
    assert.match(bad.ok ? "" : bad.error.message, /'of' is not a preposition/);
  });
});
