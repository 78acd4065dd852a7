/**
 * Dependencies point one way (docs/ARCHITECTURE.md): each folder of src/ may import only the
 * folders listed for it. Tests (`*.test.ts`) and test support (`testing/` folders) are exempt:
 * they compose real components from several layers.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

const ALLOWED: Record<string, string[]> = {
  core: [],
  storage: ["core"],
  parser: ["core"],
  world: ["core", "storage", "parser"],
  runtime: ["core", "world", "parser"],
  bus: ["core"],
  tasks: ["core", "storage", "world", "parser", "runtime", "bus"],
  // Front-ends talk to the game only through the gateway contract in core.
  frontends: ["core"],
  bootstrap: ["core", "storage", "world", "parser", "runtime"],
  cli: ["core", "storage", "world", "parser", "runtime", "bus", "tasks", "frontends", "bootstrap"],
};

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "testing") sources(p, out);
    } else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

test("every src/ folder imports only the layers below it", () => {
  const violations: string[] = [];
  const folders = readdirSync("src").filter((d) => statSync(path.join("src", d)).isDirectory());
  for (const folder of folders) {
    const allowed = ALLOWED[folder];
    assert.ok(allowed, `src/${folder} is not in the architecture table (test/architecture.test.ts)`);
    for (const file of sources(path.join("src", folder))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)) {
        const target = path.relative("src", path.resolve(path.dirname(file), m[1] as string));
        const top = target.split(path.sep)[0] as string;
        if (top === folder || top.startsWith("..")) continue;
        if (!allowed.includes(top)) violations.push(`${file} imports ${m[1]} (${folder} → ${top})`);
      }
    }
  }
  assert.deepEqual(violations, []);
});
