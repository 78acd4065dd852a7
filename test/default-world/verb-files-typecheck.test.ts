/**
 * Every verb file of the default world type-checks against the SDK declarations (sdk/moo.d.ts),
 * with the checker the web IDE uses (strict TypeScript, ES2022, no DOM or Node types).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { DEFAULT_WORLD_DIR, verbFiles } from "../../src/bootstrap/default-world-loader.js";
import { VerbChecker } from "../../src/frontends/web/verb-checker.js";

test("default-world verb files type-check against sdk/moo.d.ts", () => {
  const files = verbFiles(DEFAULT_WORLD_DIR);
  assert.ok(files.length > 100, `expected the default world's verb files, found ${files.length}`);
  const checker = new VerbChecker();
  const problems: string[] = [];
  for (const file of files) {
    const rel = path.relative(DEFAULT_WORLD_DIR, file);
    for (const d of checker.check(readFileSync(file, "utf8"))) {
      if (d.severity === "error") problems.push(`${rel}:${d.line}:${d.column} TS${d.code} ${d.message}`);
    }
  }
  assert.deepEqual(problems, []);
});
