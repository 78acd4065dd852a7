/**
 * Command throughput and latency with K concurrent players, closed loop (one outstanding command
 * per connection, replies framed with PREFIX/SUFFIX), for each target × protocol × room layout ×
 * command × K. Targets run side by side in the same run and each cell is measured on every
 * target back to back, so ratios between servers are fair on a noisy machine.
 *
 *   npm run bench -- throughput                       # tsmoo, telnet+ssh, look / say hi, K = 1,10,100
 *   node --no-node-snapshot --import tsx bench/load/throughput.ts [options]
 *
 * Options: --targets tsmoo,lambdamoo  --protocols telnet,ssh  --layouts shared,separate
 *          --commands "look,say hi"  --k 1,10,100  --duration 5s  --warmup 1s  --out FILE.json
 *          --lambdamoo-bin /tmp/lambdamoo/moo --lambdamoo-db /tmp/lambdamoo/LambdaCore-latest.db
 *          (target `external`: --host --port --connect 'connect {name} {password}' --create 'create {name} {password}')
 */
import { Args, parseDuration } from "./args.js";
import type { MooClient, Protocol } from "./client.js";
import { writeResults } from "./results.js";
import { type Cell, formatTable, LatencyRecorder, type LatencySummary } from "./stats.js";
import { layout, openBots, provision, type Running, startTargets } from "./targets.js";

export interface ThroughputRow {
  target: string;
  protocol: Protocol;
  layout: "shared" | "separate";
  command: string;
  k: number;
  commandsPerSecond: number;
  latency: LatencySummary;
  failedChecks: number;
  firstFailure: string | null;
  asyncLinesPerCommand: number;
  serverRssBytes: number | null;
}

/** Drives `clients` closed-loop with `command` for `durationMs` (after `warmupMs`). */
export async function closedLoop(
  clients: MooClient[],
  command: string,
  check: (command: string, lines: string[]) => string | null,
  warmupMs: number,
  durationMs: number,
): Promise<{ perSecond: number; latency: LatencySummary; failed: number; firstFailure: string | null; async: number }> {
  const rec = new LatencyRecorder();
  let failed = 0;
  let firstFailure: string | null = null;
  let measuring = false;
  let stop = false;
  const asyncBefore = () => clients.reduce((s, c) => s + c.asyncLines, 0);
  let async0 = 0;
  const loops = clients.map(async (c) => {
    while (!stop) {
      const r = await c.command(command);
      if (!measuring) continue;
      rec.record(r.ms);
      const bad = check(command, r.lines);
      if (bad) {
        failed++;
        firstFailure ??= bad;
      }
    }
  });
  await new Promise((r) => setTimeout(r, warmupMs));
  measuring = true;
  async0 = asyncBefore();
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, durationMs));
  measuring = false;
  const elapsed = performance.now() - t0;
  const asyncLines = asyncBefore() - async0;
  stop = true;
  await Promise.all(loops);
  const latency = rec.summary();
  return {
    perSecond: (latency.count * 1000) / elapsed,
    latency,
    failed,
    firstFailure,
    async: latency.count ? asyncLines / latency.count : 0,
  };
}

export async function throughputBench(argv: string[]): Promise<ThroughputRow[]> {
  const args = new Args(argv);
  const targetNames = args.list("targets", ["tsmoo"]);
  const protocols = args.list("protocols", ["telnet", "ssh"]) as Protocol[];
  const layouts = args.list("layouts", ["shared", "separate"]) as ("shared" | "separate")[];
  const commands = args.list("commands", ["look", "say hi"]);
  const ks = args.numbers("k", [1, 10, 100]);
  const durationMs = parseDuration(args.string("duration", "5s"));
  const warmupMs = parseDuration(args.string("warmup", "1s"));
  const out = args.string("out");
  const maxK = Math.max(...ks);

  const targets = await startTargets(args, targetNames, maxK);
  const rows: ThroughputRow[] = [];
  try {
    for (const t of targets) await provision(t, maxK);
    for (const lay of layouts) {
      for (const t of targets) await layout(t, maxK, lay === "separate");
      for (const protocol of protocols) {
        for (const k of ks) {
          // Connect K players on every target first, then measure each command on each target in turn.
          const open = new Map<Running, MooClient[]>();
          for (const t of targets)
            if (t.profile.protocols.includes(protocol)) open.set(t, await openBots(t, protocol, k));
          for (const command of commands) {
            for (const [t, clients] of open) {
              const r = await closedLoop(clients, command, t.profile.check, warmupMs, durationMs);
              const row: ThroughputRow = {
                target: t.profile.name,
                protocol,
                layout: lay,
                command,
                k,
                commandsPerSecond: Math.round(r.perSecond * 10) / 10,
                latency: r.latency,
                failedChecks: r.failed,
                firstFailure: r.firstFailure,
                asyncLinesPerCommand: Math.round(r.async * 100) / 100,
                serverRssBytes: t.rss(),
              };
              rows.push(row);
              console.error(
                `${row.target} ${protocol} ${lay} '${command}' K=${k}: ${row.commandsPerSecond} cmd/s, p50 ${r.latency.p50Ms} ms, p99 ${r.latency.p99Ms} ms` +
                  (r.failed ? `, ${r.failed} failed checks (${r.firstFailure})` : ""),
              );
            }
          }
          for (const clients of open.values()) for (const c of clients) c.close();
          await new Promise((r) => setTimeout(r, 300));
        }
      }
    }
  } finally {
    for (const t of targets) await t.stop();
  }
  console.log(throughputTable(rows));
  const file = writeResults("throughput", { options: argv, durationMs, warmupMs, rows }, out);
  console.log(`\nJSON: ${file}`);
  return rows;
}

/** One line per cell; with several targets, each row also shows its ratio to the first target. */
export function throughputTable(rows: ThroughputRow[]): string {
  const first = rows[0]?.target;
  const ref = new Map<string, number>();
  for (const r of rows)
    if (r.target === first) ref.set(`${r.protocol}|${r.layout}|${r.command}|${r.k}`, r.commandsPerSecond);
  const multi = new Set(rows.map((r) => r.target)).size > 1;
  const headers = ["target", "proto", "rooms", "command", "K", "cmd/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "fail"];
  if (multi) headers.push(`vs ${first}`);
  const body: Cell[][] = rows.map((r) => {
    const cells: Cell[] = [
      r.target,
      r.protocol,
      r.layout,
      r.command,
      r.k,
      r.commandsPerSecond,
      r.latency.p50Ms,
      r.latency.p90Ms,
      r.latency.p99Ms,
      r.latency.maxMs,
      r.failedChecks,
    ];
    if (multi) {
      const base = ref.get(`${r.protocol}|${r.layout}|${r.command}|${r.k}`);
      cells.push(base ? `${(r.commandsPerSecond / base).toFixed(2)}x` : "—");
    }
    return cells;
  });
  return formatTable(headers, body);
}

if (process.argv[1]?.endsWith("throughput.ts")) {
  await throughputBench(process.argv.slice(2));
  process.exit(0);
}
