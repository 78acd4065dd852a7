/**
 * The `moo` command: the composition root. It reads the configuration, picks the storage, queue
 * and bus implementations, and starts the processes asked for. Like Django's management commands.
 */
import { Command } from "commander";
import { MooError } from "../core/errors.js";
import { createUserCommand, initCommand, migrateCommand } from "./admin-commands.js";
import { loadConfig } from "./config.js";
import { schedulerCommand, shellCommand, workerCommand } from "./scaleout.js";
import { startCommand } from "./start.js";

const program = new Command();
program.name("moo").description("tsmoo: a programmable multi-user world server").showHelpAfterError();

program
  .command("start")
  .description("run everything in one process (storage, tasks, SSH, telnet, web) — the embedded default")
  .action(async () => startCommand(loadConfig()));

program
  .command("web")
  .description("run the game with only the web front-end (browser terminal, signup, admin) on MOO_HTTP_PORT")
  .action(async () => startCommand(loadConfig(), { webOnly: true }));

program
  .command("init")
  .description("create or migrate the database and bootstrap the world if it is empty")
  .option("--sync", "re-apply the default world to an existing database (updates verbs, adds what is missing)")
  .action(async (opts: { sync?: boolean }) => initCommand(loadConfig(), { sync: !!opts.sync }));

program
  .command("migrate")
  .description("apply pending database migrations")
  .action(async () => migrateCommand(loadConfig()));

program
  .command("createuser <name>")
  .description("create a player account with an avatar")
  .option("--password <password>", "the password (otherwise one is generated and printed)")
  .option("--wizard", "make the player a wizard")
  .option("--programmer", "make the player a programmer")
  .option("--builder", "make the player a builder")
  .action(
    async (name: string, opts: { password?: string; wizard?: boolean; programmer?: boolean; builder?: boolean }) =>
      createUserCommand(loadConfig(), name, opts),
  );

program
  .command("worker")
  .description("scale-out: run tasks from the Redis queue (needs DATABASE_URL and REDIS_URL; start one per core)")
  .option("--no-scheduler", "do not stand for the scheduler duty (leader-elected; one process runs it)")
  .option("--concurrency <n>", "tasks run at once by this process (default MOO_WORKER_CONCURRENCY or 1)")
  .action(async (opts: { scheduler: boolean; concurrency?: string }) =>
    workerCommand(loadConfig(), {
      scheduler: opts.scheduler,
      ...(opts.concurrency ? { concurrency: Math.max(1, Number(opts.concurrency) || 1) } : {}),
    }),
  );

program
  .command("shell")
  .description("scale-out: SSH and telnet front-end (needs DATABASE_URL and REDIS_URL; run as many as you like)")
  .action(async () => shellCommand(loadConfig()));

program
  .command("scheduler")
  .description("scale-out: only the scheduler duty (workers also run it unless --no-scheduler)")
  .action(async () => schedulerCommand(loadConfig()));

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof MooError) console.error(`moo: ${err.message}`);
  else console.error(err);
  process.exit(1);
});
