/** Writing benchmark results as JSON under bench/results/ (git-ignored), with the run's context. */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));

export function runContext(): Record<string, unknown> {
  let commit: string | null = null;
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString(),
    commit,
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryBytes: os.totalmem(),
    loadAverage: os.loadavg(),
  };
}

/** Writes `{ bench, context, ...data }` to `file` or bench/results/<bench>-<date>.json; returns the path. */
export function writeResults(bench: string, data: Record<string, unknown>, file?: string): string {
  const target =
    file ?? path.join(ROOT, "bench/results", `${bench}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify({ bench, context: runContext(), ...data }, null, 2)}\n`);
  return path.relative(process.cwd(), target) || target;
}
