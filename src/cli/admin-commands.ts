/** `moo init`, `moo migrate`, `moo createuser`: operator commands that run and exit. */
import { randomBytes } from "node:crypto";
import { loadDefaultWorld } from "../bootstrap/default-world-loader.js";
import { createRuntime } from "../runtime/index.js";
import { openStore } from "../storage/store.js";
import { createPlayer } from "../world/index.js";
import type { Config } from "./config.js";
import { openWorld } from "./open-world.js";

export async function migrateCommand(config: Config): Promise<void> {
  const store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await store.migrate();
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
  await store.close();
}

export async function initCommand(config: Config, opts: { sync: boolean }): Promise<void> {
  const w = await openWorld(config);
  const runtime = createRuntime({});
  const report = await loadDefaultWorld(w.world, {
    sync: opts.sync,
    compile: (src) => ({ compiled: runtime.compileVerb(src).js }),
  });
  runtime.dispose();
  console.log(report);
  await w.close();
}

export async function createUserCommand(
  config: Config,
  name: string,
  opts: { password?: string; wizard?: boolean; programmer?: boolean; builder?: boolean },
): Promise<void> {
  const w = await openWorld(config);
  try {
    const password = opts.password ?? randomBytes(9).toString("base64url");
    const { avatar } = await createPlayer(w.world, w.accounts, {
      login: name,
      password,
      roles: { wizard: !!opts.wizard, programmer: !!opts.programmer, builder: !!opts.builder },
    });
    console.log(`Created account '${name.toLowerCase()}' with avatar #${avatar}.`);
    if (!opts.password) console.log(`Password: ${password}`);
  } finally {
    await w.close();
  }
}
