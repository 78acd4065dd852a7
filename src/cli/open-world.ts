/**
 * Opens storage and the world for any `moo` command: migrate, load, make sure the core objects
 * and the first wizard exist (printing a generated password once).
 */
import { ensureCoreObjects } from "../bootstrap/core-objects.js";
import { openStore, type Store } from "../storage/store.js";
import { Accounts, World } from "../world/index.js";
import type { Config } from "./config.js";

export interface OpenedWorld {
  store: Store;
  world: World;
  accounts: Accounts;
  close(): Promise<void>;
}

export async function openWorld(config: Config, log: (msg: string) => void = console.log): Promise<OpenedWorld> {
  const store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await store.migrate();
  if (applied.length > 0) log(`Storage: ${store.description} (applied migrations: ${applied.join(", ")})`);
  else log(`Storage: ${store.description}`);
  // Several processes may share a PostgreSQL database: check versions at commit.
  const world = await World.open(store, { validateOnCommit: store.dialect === "postgres" });
  const accounts = new Accounts(store);
  const core = await ensureCoreObjects(world, accounts, { wizardPassword: config.wizardPassword });
  if (core.generatedPassword) {
    log("");
    log("  The first wizard account was created.");
    log(`    login: wizard    password: ${core.generatedPassword}`);
    log("  This password is shown only once: write it down (or set MOO_WIZARD_PASSWORD before the first start).");
    log("");
  }
  return {
    store,
    world,
    accounts,
    async close() {
      await world.close();
      await store.close();
    },
  };
}
