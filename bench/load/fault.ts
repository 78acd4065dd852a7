/**
 * Fault injection: N bots append unique tokens to their own ledger property, closed loop, while the
 * server is SIGKILLed at random moments and restarted on the same data. After the last restart a
 * wizard dumps every bot's ledger and each is checked against what the bot was told (bench/load/ledger.ts):
 * every acknowledged command must be in the world exactly once, in order, and nothing else.
 *
 *   npm run bench -- fault                     # 100 kills of the all-in-one server, 10 bots
 *   node --no-node-snapshot --import tsx bench/load/fault.ts [--kills 100] [--bots 10]
 *        [--min-load 200ms] [--max-load 2500ms] [--out FILE.json]
 *
 * The embedded default is SQLite in WAL mode with synchronous=NORMAL: a commit is durable against
 * a process kill (the WAL is written before the reply), not against an OS crash or power loss.
 * This run kills the process, so it measures the former.
 */
import { Args, parseDuration } from "./args.js";
import { ClientError, MooClient } from "./client.js";
import { checkLedger, Ledger, type LedgerVerdict, parseLedgerLine } from "./ledger.js";
import { writeResults } from "./results.js";
import { formatTable } from "./stats.js";
import { asWizard, loginFor, provision, type Running, startScaleout, startTsmoo, tsmooRoot } from "./targets.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface BotState {
  name: string;
  ledger: Ledger;
  seq: number;
  client: MooClient | null;
  reconnects: number;
  errors: string[];
}

async function runBot(target: Running, bot: BotState, running: () => boolean, timeoutMs: number): Promise<void> {
  const p = target.profile;
  while (running()) {
    if (!bot.client || bot.client.closed) {
      try {
        bot.client = await MooClient.open(loginFor(target, "telnet", bot.name, p.botPassword, 10_000));
        bot.reconnects++;
      } catch {
        bot.client = null;
        await sleep(100);
        continue;
      }
    }
    const token = `${bot.name}-${++bot.seq}`;
    try {
      const r = await bot.client.command(p.ledgerAppend(token), timeoutMs);
      const ok = r.lines.some((l) => /^=> \d+$/.test(l.trim()));
      if (ok) bot.ledger.ack(token);
      else {
        // A framed reply that is not a success: the command failed and was rolled back.
        bot.ledger.doubt(token);
        if (bot.errors.length < 5) bot.errors.push(r.lines.join(" | "));
      }
    } catch (e) {
      // Connection lost (the kill) or timeout: the command may or may not have committed.
      bot.ledger.doubt(token);
      if (!(e instanceof ClientError) && bot.errors.length < 5) bot.errors.push(String(e));
      bot.client?.close();
      bot.client = null;
    }
  }
  bot.client?.close();
}

export async function faultBench(argv: string[]): Promise<LedgerVerdict[]> {
  const args = new Args(argv);
  const kills = args.number("kills", 100);
  const botCount = args.number("bots", 10);
  const minLoad = parseDuration(args.string("min-load", "200ms"));
  const maxLoad = parseDuration(args.string("max-load", "2500ms"));
  const out = args.string("out");
  const started = performance.now();

  const [targetName = "tsmoo"] = args.list("targets", ["tsmoo"]);
  const scaleout = /^scaleout:(\d+)$/.exec(targetName);
  const log = args.flag("verbose") ? (l: string) => console.error(l) : undefined;
  const target = scaleout
    ? await startScaleout({ workers: Number(scaleout[1]), bots: botCount, root: tsmooRoot(args), log })
    : await startTsmoo({ bots: botCount, dataDir: args.string("data-dir"), root: tsmooRoot(args), log });
  // Killing the all-in-one server drops every connection; killing a scale-out worker does not
  // (the shell keeps the sessions, the queue hands the task to another worker).
  const crash = target.killOne
    ? () => target.killOne!("worker")
    : async () => {
        await target.kill();
        await target.restart();
      };
  const commandTimeoutMs = target.killOne ? 120_000 : 15_000;
  await provision(target, botCount);
  const bots: BotState[] = Array.from({ length: botCount }, (_, i) => ({
    name: target.profile.botName(i + 1),
    ledger: new Ledger(target.profile.botName(i + 1)),
    seq: 0,
    client: null,
    reconnects: 0,
    errors: [],
  }));
  let running = true;
  const loops = bots.map((b) => runBot(target, b, () => running, commandTimeoutMs));
  const restartMs: number[] = [];
  const ackedAtKill: number[] = [];
  try {
    const acked = () => bots.reduce((s, b) => s + b.ledger.acknowledged.length, 0);
    for (let k = 1; k <= kills; k++) {
      // Kill under load: wait until the bots are back and committing (about one command each),
      // then let them run for a random while.
      const since = acked();
      const deadline = performance.now() + 120_000;
      while (acked() - since < botCount && performance.now() < deadline) await sleep(20);
      if (acked() === since) throw new Error("the bots made no progress for 120 s after a restart");
      await sleep(minLoad + Math.random() * (maxLoad - minLoad));
      const before = acked();
      const t0 = performance.now();
      await crash();
      ackedAtKill.push(before);
      restartMs.push(performance.now() - t0);
      if (k % 10 === 0 || k === kills)
        console.error(
          `kill ${k}/${kills}: ${before} acknowledged so far, restart ${Math.round(restartMs.at(-1)!)} ms, ` +
            `${Math.round((performance.now() - started) / 1000)} s elapsed`,
        );
    }
    // Let the bots run a little on the last incarnation, then stop them and read the world.
    await sleep(1000);
  } finally {
    running = false;
    await Promise.all(loops);
  }
  // One more crash after the bots stopped, so the final check reads state recovered from disk.
  await crash();
  const dump = await asWizard(
    target,
    bots.map((b) => target.profile.ledgerDump(b.name)),
  );
  await target.stop();

  const verdicts: LedgerVerdict[] = bots.map((b, i) => {
    const parsed = dump[i]!.map(parseLedgerLine).find((x) => x !== null);
    if (!parsed) throw new Error(`no ledger dump for ${b.name}: ${JSON.stringify(dump[i])}`);
    return checkLedger(b.ledger, parsed.tokens);
  });
  const sum = (f: (v: LedgerVerdict) => number) => verdicts.reduce((s, v) => s + f(v), 0);
  const totals = {
    target: target.profile.name,
    kills,
    bots: botCount,
    acknowledged: sum((v) => v.acknowledged),
    inDoubt: sum((v) => v.inDoubt),
    inDoubtCommitted: sum((v) => v.inDoubtCommitted),
    lost: sum((v) => v.lost.length),
    duplicated: sum((v) => v.duplicated.length),
    unexpected: sum((v) => v.unexpected.length),
    reordered: sum((v) => v.reordered),
    reconnects: bots.reduce((s, b) => s + b.reconnects, 0),
    restartMsMedian: Math.round([...restartMs].sort((a, b) => a - b)[Math.floor(restartMs.length / 2)] ?? 0),
    seconds: Math.round((performance.now() - started) / 1000),
  };
  console.log(
    formatTable(
      ["bot", "acknowledged", "in doubt", "in doubt & committed", "lost", "duplicated", "unexpected", "reordered"],
      verdicts.map((v) => [
        v.bot,
        v.acknowledged,
        v.inDoubt,
        v.inDoubtCommitted,
        v.lost.length,
        v.duplicated.length,
        v.unexpected.length,
        v.reordered,
      ]),
    ),
  );
  const pass = totals.lost === 0 && totals.duplicated === 0 && totals.unexpected === 0 && totals.reordered === 0;
  console.log(
    `\n${pass ? "PASS" : "FAIL"}: ${totals.kills} SIGKILLs, ${totals.acknowledged} acknowledged commands, ` +
      `${totals.lost} lost, ${totals.duplicated} duplicated, ${totals.unexpected} unexpected, ${totals.reordered} out of order; ` +
      `${totals.inDoubt} in doubt (${totals.inDoubtCommitted} of them committed); median restart ${totals.restartMsMedian} ms; ${totals.seconds} s`,
  );
  const errors = bots.flatMap((b) => b.errors.map((e) => `${b.name}: ${e}`)).slice(0, 10);
  if (errors.length) console.log(`non-success replies (rolled back, in doubt):\n  ${errors.join("\n  ")}`);
  const file = writeResults("fault", { options: argv, pass, totals, verdicts, ackedAtKill, restartMs, errors }, out);
  console.log(`JSON: ${file}`);
  if (!pass) process.exitCode = 1;
  return verdicts;
}

if (process.argv[1]?.endsWith("fault.ts")) {
  await faultBench(process.argv.slice(2));
  process.exit(process.exitCode ?? 0);
}
