/** `moo start`: the whole server in one process on the embedded default (or the configured database). */
import path from "node:path";
import { CommandHistory, type RunningServer, startSshServer, startTelnetServer } from "../frontends/index.js";
import type { Config } from "./config.js";
import { startGame } from "./game.js";

export async function startCommand(config: Config): Promise<void> {
  const game = await startGame(config);
  const servers: { name: string; server: RunningServer }[] = [];
  // One history per account, shared by every front-end (in memory; lost on restart).
  const history = new CommandHistory();
  if (config.sshPort > 0) {
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
  if (config.telnetPort > 0) {
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
  console.log("tsmoo is running. Press Ctrl-C to stop.");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down (finishing running tasks)...`);
    for (const s of servers) await s.server.close().catch(() => {});
    await game.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

function displayHost(bind: string): string {
  return bind === "0.0.0.0" || bind === "::" ? "localhost" : bind;
}
