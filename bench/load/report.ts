/**
 * Turns throughput JSON results into the side-by-side Markdown table of docs/PERFORMANCE.md: one
 * row per cell (protocol, rooms, command, K), for each target its commands/s and p50/p99 latency,
 * and each target's throughput as a ratio to the first target's.
 *
 *   node --import tsx bench/load/report.ts bench/results/throughput-….json [more.json …]
 */
import { readFileSync } from "node:fs";
import { type Cell, fmt, formatMarkdownTable } from "./stats.js";
import type { ThroughputRow } from "./throughput.js";

export function sideBySide(rows: ThroughputRow[]): string {
  const targets = [...new Set(rows.map((r) => r.target))];
  const key = (r: ThroughputRow) => `${r.protocol}|${r.layout}|${r.command}|${r.k}`;
  const cells = new Map<string, Map<string, ThroughputRow>>();
  for (const r of rows) {
    const m = cells.get(key(r)) ?? new Map<string, ThroughputRow>();
    m.set(r.target, r);
    cells.set(key(r), m);
  }
  const headers = ["proto", "rooms", "command", "K"];
  for (const t of targets) headers.push(`${t} cmd/s`, `${t} p50/p99 ms`);
  for (const t of targets.slice(1)) headers.push(`${t} ÷ ${targets[0]}`);
  const body: Cell[][] = [];
  for (const [k, m] of cells) {
    const [protocol, layout, command, kk] = k.split("|");
    const row: Cell[] = [protocol, layout, command, Number(kk)];
    for (const t of targets) {
      const r = m.get(t);
      row.push(
        r ? r.commandsPerSecond : "—",
        r
          ? `${fmt(r.latency.p50Ms)} / ${fmt(r.latency.p99Ms)}${r.failedChecks ? ` (${r.failedChecks} failed)` : ""}`
          : "—",
      );
    }
    const base = m.get(targets[0]!)?.commandsPerSecond;
    for (const t of targets.slice(1)) {
      const r = m.get(t);
      row.push(r && base ? `${(r.commandsPerSecond / base).toFixed(2)}×` : "—");
    }
    body.push(row);
  }
  return formatMarkdownTable(headers, body);
}

if (process.argv[1]?.endsWith("report.ts")) {
  const rows = process.argv
    .slice(2)
    .flatMap((f) => (JSON.parse(readFileSync(f, "utf8")) as { rows: ThroughputRow[] }).rows);
  console.log(sideBySide(rows));
}
