/**
 * Summarises a V8 CPU profile (`.cpuprofile`, e.g. from the server run with
 * `--server-node-args "--cpu-prof --cpu-prof-dir=/tmp/prof"`): self time by function and by area
 * (tsmoo folder, dependency, or V8/native), so PERFORMANCE.md can say where a command's time goes.
 *
 *   node --import tsx bench/load/profile-summary.ts /tmp/prof/*.cpuprofile [--top 25]
 */
import { readFileSync } from "node:fs";
import { Args } from "./args.js";
import { formatTable } from "./stats.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** The area a frame belongs to: `src/<folder>`, a dependency name, or what V8 calls it. */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const src = /\/src\/([^/]+)\//.exec(url);
  if (src && !url.includes("node_modules")) return `src/${src[1]}`;
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dep) return dep[1]!;
  if (url.startsWith("node:")) return "node core";
  if (url.includes("/bench/")) return "bench";
  return url.replace(/^file:\/\//, "");
}

export function summarise(profile: CpuProfile): {
  totalMs: number;
  byFunction: [string, string, number][];
  byArea: [string, number][];
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const fn = new Map<string, { area: string; us: number }>();
  const area = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const a = areaOf(f.url, f.functionName);
    const file = f.url.replace(/^.*\/(src|node_modules)\//, "$1/");
    const key = `${f.functionName || "(anonymous)"} ${file ? `${file}:${f.lineNumber + 1}` : ""}`.trim();
    const e = fn.get(key) ?? { area: a, us: 0 };
    e.us += us;
    fn.set(key, e);
    area.set(a, (area.get(a) ?? 0) + us);
    total += us;
  }
  return {
    totalMs: total / 1000,
    byFunction: [...fn]
      .map(([k, v]) => [k, v.area, v.us / 1000] as [string, string, number])
      .sort((a, b) => b[2] - a[2]),
    byArea: [...area].map(([k, v]) => [k, v / 1000] as [string, number]).sort((a, b) => b[1] - a[1]),
  };
}

if (process.argv[1]?.endsWith("profile-summary.ts")) {
  const args = new Args(process.argv.slice(2));
  const top = args.number("top", 25);
  for (const file of args.positional) {
    const s = summarise(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
    const pct = (ms: number) => `${((ms / s.totalMs) * 100).toFixed(1)}%`;
    console.log(`${file}: ${(s.totalMs / 1000).toFixed(1)} s sampled\n`);
    console.log(
      formatTable(
        ["area", "self ms", "share"],
        s.byArea.slice(0, top).map(([a, ms]) => [a, ms, pct(ms)]),
      ),
    );
    console.log("");
    console.log(
      formatTable(
        ["function", "area", "self ms", "share"],
        s.byFunction.slice(0, top).map(([f, a, ms]) => [f.slice(0, 90), a, ms, pct(ms)]),
      ),
    );
  }
}
