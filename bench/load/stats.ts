/**
 * Latency statistics and plain-text tables for the load benchmarks (unit-tested in
 * test/bench/stats.test.ts).
 */

export interface LatencySummary {
  count: number;
  meanMs: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Nearest-rank percentile of an ascending array (p in 0..100). NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

/** Collects latency samples (milliseconds). Keeps every sample: runs are minutes, not hours. */
export class LatencyRecorder {
  private samples: number[] = [];
  private sum = 0;

  record(ms: number): void {
    this.samples.push(ms);
    this.sum += ms;
  }

  merge(other: LatencyRecorder): void {
    for (const s of other.samples) this.record(s);
  }

  get count(): number {
    return this.samples.length;
  }

  summary(): LatencySummary {
    const sorted = [...this.samples].sort((a, b) => a - b);
    const r = (x: number) => Math.round(x * 1000) / 1000;
    return {
      count: sorted.length,
      meanMs: r(sorted.length ? this.sum / sorted.length : Number.NaN),
      p50Ms: r(percentile(sorted, 50)),
      p90Ms: r(percentile(sorted, 90)),
      p99Ms: r(percentile(sorted, 99)),
      maxMs: r(sorted.length ? sorted[sorted.length - 1]! : Number.NaN),
    };
  }

  reset(): void {
    this.samples = [];
    this.sum = 0;
  }
}

export type Cell = string | number | null | undefined;

/** Formats one figure for a table: integers with thousands separators, others to 3 significant places. */
export function fmt(x: Cell): string {
  if (x === null || x === undefined) return "—";
  if (typeof x === "string") return x;
  if (!Number.isFinite(x)) return "—";
  if (Number.isInteger(x) || Math.abs(x) >= 100) return Math.round(x).toLocaleString("en-US");
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

/** A plain-text table; numeric columns are right-aligned. */
export function formatTable(headers: string[], rows: Cell[][]): string {
  const text = rows.map((r) => r.map(fmt));
  const numeric = headers.map((_, i) => rows.every((r) => typeof r[i] !== "string" || r[i] === "—"));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...text.map(line)].join("\n");
}

/** The same table in Markdown (for docs/PERFORMANCE.md). */
export function formatMarkdownTable(headers: string[], rows: Cell[][]): string {
  const numeric = headers.map((_, i) => rows.every((r) => typeof r[i] !== "string" || r[i] === "—"));
  const head = `| ${headers.join(" | ")} |`;
  const rule = `|${numeric.map((n) => (n ? "---:" : "---")).join("|")}|`;
  return [head, rule, ...rows.map((r) => `| ${r.map(fmt).join(" | ")} |`)].join("\n");
}
