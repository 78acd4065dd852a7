/** `moo start`: the whole server in one process on the embedded default (or the configured database). */
import path from "node:path";
import { CommandHistory, type RunningServer, startSshServer, startTelnetServer } from "../frontends/index.js";
import type { Config } from "./config.js";
import { type Game, startGame } from "./game.js";
import { startWeb } from "./web.js";

/** `webOnly` is `moo web`: the game and the web front-end, without SSH and telnet. */
export async function startCommand(config: Config, opts: { webOnly?: boolean } = {}): Promise<void> {
  const servers: { name: string; server: RunningServer }[] = [];
  let game: Game | null = null;
  // Signal handlers first: a signal that arrives while starting must shut down cleanly too.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down (finishing running tasks)...`);
    for (const s of servers) await s.server.close().catch(() => {});
    await game?.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  game = await startGame(config);
  // One history per account, shared by every front-end (in memory; lost on restart).
  const history = new CommandHistory();
  if (config.sshPort > 0 && !opts.webOnly) {
    const server = await startSshServer({
      gateway: game.gateway,
      host: config.bind,
      port: config.sshPort,
      hostKeyDir: path.join(config.dataDir, "keys"),
      history,
    });
    servers.push({ name: "SSH", server });
    console.log(`SSH:    ssh -p ${server.port} wizard@${displayHost(config.bind)}`);
  }
  if (config.telnetPort > 0 && !opts.webOnly) {
    const server = await startTelnetServer({
      gateway: game.gateway,
      host: config.bind,
      port: config.telnetPort,
      history,
      serverName: config.serverName,
    });
    servers.push({ name: "telnet", server });
    console.log(`Telnet: telnet ${displayHost(config.bind)} ${server.port}`);
  }
  if (config.httpPort > 0 || opts.webOnly) {
    const server = await startWeb(config, game, history);
    servers.push({ name: "web", server });
    console.log(`Web:    ${server.url}/`);
  }
  console.log("tsmoo is running. Press Ctrl-C to stop.");
}

function displayHost(bind: string): string {
  return bind === "0.0.0.0" || bind === "::" ? "localhost" : bind;
}
