#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's built-in test runner.
// (Node 20's `--test` does not expand glob patterns itself, so we list the files here.)
// Extra arguments are passed to node (e.g. --test-name-pattern=...); files named on the
// command line replace the default set.
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

const args = process.argv.slice(2);
const named = args.filter((a) => a.endsWith(".ts"));
const flags = args.filter((a) => !a.endsWith(".ts"));
const files = named.length > 0 ? named : [...walk("src", []), ...walk("test", [])].sort();
const child = spawn(
  process.execPath,
  ["--no-node-snapshot", "--import", "tsx", "--test", "--test-concurrency=2", ...flags, ...files],
  { stdio: "inherit" },
);
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
