/**
 * Load generator and soak: N bots log in and, for a set time, walk a script of everyday commands
 * (say, drop and take their own gizmo, go north, look, go south, look), checking every reply.
 * Every interval it prints commands/s, latency, failed checks, the server's resident memory and any
 * stall (a reply slower than --stall, or an interval in which no command completed).
 *
 *   npm run bench -- bots                                   # 50 bots for 60 s, closed loop
 *   npm run bench -- soak                                   # = bots --bots 200 --duration 1h --think 1s --interval 60s
 *   node --no-node-snapshot --import tsx bench/load/bots.ts [--bots 50] [--duration 60s] [--think 0]
 *        [--interval 10s] [--stall 5s] [--targets tsmoo|lambdamoo|external] [--snapshot] [--out FILE.json]
 *
 * `--think 1s` makes each bot wait 0.5–1.5 s between commands (a soak with people-like pacing);
 * `--think 0` is closed loop (as fast as replies come).
 */
import { Args, parseDuration } from "./args.js";
import type { MooClient } from "./client.js";
import { writeResults } from "./results.js";
import { formatTable, LatencyRecorder } from "./stats.js";
import { asWizard, layout, openBots, provision, type Running, startTargets } from "./targets.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Step {
  command: string;
  expect: RegExp;
}

/** The script of one bot on a target whose start room has `north`/`south` exits (tsmoo's default world). */
export function botScript(bot: string, withExits: boolean): Step[] {
  const gizmo = `gizmo-${bot}`;
  const steps: Step[] = [
    { command: `say hello from ${bot}`, expect: new RegExp(`hello from ${bot}`) },
    { command: `drop ${gizmo}`, expect: /drop/i },
    { command: "look", expect: /\S/ },
    { command: `take ${gizmo}`, expect: /take|pick/i },
  ];
  if (withExits)
    steps.push(
      { command: "north", expect: /\S/ },
      { command: "look", expect: /Neighborhood/ },
      { command: "south", expect: /\S/ },
      { command: "look", expect: /Laboratory/ },
    );
  return steps;
}

function giveGizmo(target: Running, bot: string): string {
  if (target.profile.name === "tsmoo")
    return (
      `; const p = players().find((x) => x.name.toLowerCase() === "${bot}"); ` +
      `if (!p.contents.some((o) => o.name === "gizmo-${bot}")) { const g = create("gizmo-${bot}", { parents: [$.thing as any] }); move(g, p); } ` +
      `return p.contents.length;`
    );
  return (
    `;;p = $string_utils:match_player("${bot}"); try player.ownership_quota = 100000; except (ANY) endtry ` +
    `if (!$string_utils:match("gizmo-${bot}", p.contents, "name")) g = create($thing); g.name = "gizmo-${bot}"; move(g, p); endif return length(p.contents);`
  );
}

interface Interval {
  atSeconds: number;
  commands: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  failed: number;
  stalls: number;
  serverRssMiB: number | null;
}

export async function botsBench(argv: string[]): Promise<Interval[]> {
  const args = new Args(argv);
  const count = args.number("bots", 50);
  const durationMs = parseDuration(args.string("duration", "60s"));
  const thinkMs = parseDuration(args.string("think", "0"));
  const intervalMs = parseDuration(args.string("interval", "10s"));
  const stallMs = parseDuration(args.string("stall", "5s"));
  const [targetName = "tsmoo"] = args.list("targets", ["tsmoo"]);
  const out = args.string("out");

  const [target] = await startTargets(args, [targetName], count);
  if (!target) throw new Error("no target");
  const withExits = target.profile.name === "tsmoo";
  const intervals: Interval[] = [];
  const failures: string[] = [];
  let totalCommands = 0;
  let totalFailed = 0;
  let totalStalls = 0;
  try {
    await provision(target, count);
    await layout(target, count, false);
    await asWizard(
      target,
      Array.from({ length: count }, (_, i) => giveGizmo(target, target.profile.botName(i + 1).toLowerCase())),
    );
    const t0 = performance.now();
    const clients = await openBots(target, "telnet", count);
    console.error(
      `${count} bots logged in in ${Math.round(performance.now() - t0)} ms; running for ${durationMs / 1000} s`,
    );
    const rss0 = target.rss();

    const rec = new LatencyRecorder();
    let failed = 0;
    let stalls = 0;
    let running = true;
    const loop = async (c: MooClient, i: number) => {
      const bot = target.profile.botName(i + 1).toLowerCase();
      const script = botScript(bot, withExits);
      for (let n = 0; running; n = (n + 1) % script.length) {
        const step = script[n]!;
        let lines: string[];
        let ms: number;
        try {
          ({ lines, ms } = await c.command(step.command, 60_000));
        } catch (e) {
          failed++;
          if (failures.length < 20) failures.push(`${bot}: ${String(e)}`);
          return;
        }
        rec.record(ms);
        if (ms > stallMs) stalls++;
        const bad =
          target.profile.check(step.command, lines) ?? (step.expect.test(lines.join("\n")) ? null : "unexpected");
        if (bad) {
          failed++;
          if (failures.length < 20) failures.push(`${bot}: '${step.command}' → ${JSON.stringify(lines)}`);
        }
        if (thinkMs > 0) await sleep(thinkMs * (0.5 + Math.random()));
      }
    };
    const loops = clients.map(loop);
    const start = performance.now();
    const header = ["t (s)", "cmds", "cmd/s", "p50 ms", "p99 ms", "max ms", "failed", "stalls", "server RSS MiB"];
    console.log(formatTable(header, []).split("\n").slice(0, 2).join("\n"));
    while (performance.now() - start < durationMs) {
      const wait = Math.min(intervalMs, durationMs - (performance.now() - start));
      await sleep(wait);
      const s = rec.summary();
      const rss = target.rss();
      const row: Interval = {
        atSeconds: Math.round((performance.now() - start) / 1000),
        commands: s.count,
        perSecond: Math.round((s.count * 1000) / wait),
        p50Ms: s.p50Ms,
        p99Ms: s.p99Ms,
        maxMs: s.maxMs,
        failed,
        stalls: stalls + (s.count === 0 ? 1 : 0),
        serverRssMiB: rss === null ? null : Math.round((rss / 1048576) * 10) / 10,
      };
      intervals.push(row);
      totalCommands += s.count;
      totalFailed += failed;
      totalStalls += row.stalls;
      console.log(
        formatTable(header, [
          [
            row.atSeconds,
            row.commands,
            row.perSecond,
            row.p50Ms,
            row.p99Ms,
            row.maxMs,
            row.failed,
            row.stalls,
            row.serverRssMiB,
          ],
        ])
          .split("\n")
          .slice(2)
          .join("\n"),
      );
      rec.reset();
      failed = 0;
      stalls = 0;
    }
    running = false;
    await Promise.all(loops);
    for (const c of clients) c.close();
    const rss1 = target.rss();
    const summary = {
      bots: count,
      target: target.profile.name,
      seconds: durationMs / 1000,
      thinkMs,
      commands: totalCommands,
      perSecond: Math.round((totalCommands * 1000) / durationMs),
      failed: totalFailed,
      stalls: totalStalls,
      serverRssStartMiB: rss0 === null ? null : Math.round(rss0 / 104857.6) / 10,
      serverRssEndMiB: rss1 === null ? null : Math.round(rss1 / 104857.6) / 10,
    };
    console.log(
      `\n${summary.target}: ${count} bots, ${summary.commands} commands in ${summary.seconds} s (${summary.perSecond}/s), ` +
        `${summary.failed} failed checks, ${summary.stalls} stalls, server RSS ${summary.serverRssStartMiB} → ${summary.serverRssEndMiB} MiB`,
    );
    if (failures.length) console.log(`first failures:\n  ${failures.slice(0, 5).join("\n  ")}`);
    const file = writeResults(
      args.flag("soak") ? "soak" : "bots",
      { options: argv, summary, intervals, failures },
      out,
    );
    console.log(`JSON: ${file}`);
    if (summary.failed > 0 || summary.stalls > 0) process.exitCode = 1;
  } finally {
    await target.stop();
  }
  return intervals;
}

if (process.argv[1]?.endsWith("bots.ts")) {
  await botsBench(process.argv.slice(2));
  process.exit(process.exitCode ?? 0);
}
