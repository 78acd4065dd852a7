/**
 * The all-in-one tsmoo server as the load benchmarks run it: the same composition as `moo start`
 * (src/cli/start.ts: startGame + telnet + SSH on one process, embedded SQLite by default) with two
 * differences, both for measuring:
 *
 * - the per-connection command rate limit (default burst 20, 10 commands/s) is lifted, because a
 *   closed-loop client with one connection would otherwise measure the limiter; `moo start` has no
 *   setting for it yet;
 * - `--bots N` makes sure accounts `<prefix>1..N` (programmers, so they may use `;`) exist before
 *   the listeners open, without N runs of `moo createuser`.
 *
 * Configured by the usual environment variables (MOO_DATA_DIR, MOO_TELNET_PORT, MOO_SSH_PORT, …).
 * When listening it prints one line `BENCH-READY {"telnet":port,"ssh":port,"pid":pid}`.
 *
 *   node --no-node-snapshot --import tsx bench/load/tsmoo-server.ts [--bots 100] [--bot-prefix bot] [--password P]
 */
import path from "node:path";
import { loadConfig } from "../../src/cli/config.js";
import { type Game, startGame } from "../../src/cli/game.js";
import { CommandHistory, type RunningServer, startSshServer, startTelnetServer } from "../../src/frontends/index.js";
import { createPlayer } from "../../src/world/index.js";
import { Args } from "./args.js";

const args = new Args(process.argv.slice(2));
const bots = args.number("bots", 0);
const botPrefix = args.string("bot-prefix", "bot");
const password = args.string("password", "bench-password");
/** Create the world and the bots, then exit (e.g. against DATABASE_URL before starting scale-out processes). */
const provisionOnly = args.flag("provision-only");

const config = loadConfig();
const servers: RunningServer[] = [];
let game: Game | null = null;
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  for (const s of servers) await s.close().catch(() => {});
  await game?.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

game = await startGame(config, { log: (m) => console.error(m) });
let created = 0;
for (let i = 1; i <= bots; i++) {
  const login = `${botPrefix}${i}`;
  if (await game.accounts.byLogin(login)) continue;
  await createPlayer(game.world, game.accounts, { login, password, roles: { programmer: true } });
  created++;
}
if (created) console.error(`bench: created ${created} bot accounts`);
if (provisionOnly) {
  await game.stop();
  process.exit(0);
}

const limits = { rate: { burst: 1_000_000, perSecond: 1_000_000 }, maxQueuedLines: 10_000 };
const history = new CommandHistory();
let sshPort = 0;
let telnetPort = 0;
if (config.sshPort > 0) {
  const s = await startSshServer({
    gateway: game.gateway,
    host: config.bind,
    port: config.sshPort,
    hostKeyDir: path.join(config.dataDir, "keys"),
    history,
    limits,
  });
  servers.push(s);
  sshPort = s.port;
}
if (config.telnetPort > 0) {
  const s = await startTelnetServer({
    gateway: game.gateway,
    host: config.bind,
    port: config.telnetPort,
    history,
    limits,
    serverName: config.serverName,
  });
  servers.push(s);
  telnetPort = s.port;
}
console.log(`BENCH-READY ${JSON.stringify({ telnet: telnetPort, ssh: sshPort, pid: process.pid })}`);
