/** Attack class: importing anything but the SDK module "moo". Refused at save time. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { attack, type Fixture, openFixture } from "./helpers.js";

const REJECTED: Record<string, [string, RegExp]> = {
  "default import of fs": ['import fs from "fs";', /only import from "moo"/],
  "named import from node:fs": ['import { readFileSync } from "node:fs";', /only import from "moo"/],
  "namespace import of child_process": ['import * as cp from "child_process";', /only import from "moo"/],
  "side-effect import": ['import "process";', /only import from "moo"/],
  "type-only import from elsewhere": ['import type { Stats } from "fs";', /only import from "moo"/],
  "relative import": ['import x from "./other";', /only import from "moo"/],
  "moo submodule": ['import { x } from "moo/internal";', /only import from "moo"/],
  "default import from moo": ['import moo from "moo";', /no default export/],
  "unknown SDK name": ['import { exec } from "moo";', /no export named 'exec'/],
  "dynamic import()": ['const m = import("fs");', /import\(\) is not allowed/],
  "require()": ['const fs = require("fs");', /require is not available/],
  "import = require": ['import fs = require("fs");', /import \{/],
  "export declaration": ["export const x = 1;", /cannot export/],
  "export default": ["export default 1;", /cannot export/],
  "re-export": ['export * from "moo";', /cannot export|only import/],
  "import.meta": ["const u = import.meta.url;", /import\.meta/],
  "module declaration": ['declare module "fs" { }', /module declarations/],
  namespace: ["namespace N { }", /namespaces/],
  "direct eval": ['eval("1");', /eval\(\) is not allowed/],
  "with statement": ["with ({}) {}", /with|strict/i],
  debugger: ["debugger;", /debugger/],
};

describe("security: imports other than the SDK", () => {
  let f: Fixture;
  before(async () => {
    f = await openFixture({ timeLimitMs: 500 });
  });
  after(() => f.close());

  for (const [name, [source, re]] of Object.entries(REJECTED)) {
    test(`${name} is refused at save time`, () => {
      assert.throws(
        () => f.runtime.compileVerb(`const a = 1;\n${source}`),
        (e: Error & { line?: number }) => {
          assert.match(e.message, re);
          assert.equal(e.line, 2);
          return true;
        },
      );
    });
  }

  test("named, aliased and namespace imports of moo work", async () => {
    const r = await attack(
      f,
      `import { lookup as find } from "moo";\nimport * as moo from "moo";\nimport type { MooValue } from "moo";\nconst v: MooValue = 1;\nreturn [find(${f.alice}).id, typeof moo.print, v];`,
    );
    assert.deepEqual(r.ok && r.value, [f.alice, "function", 1]);
  });

  test("a name not imported is not in scope in a verb", async () => {
    const r = await attack(f, `return typeof print;`);
    assert.equal(r.ok && r.value, "undefined");
  });
});
