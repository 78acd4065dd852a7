/**
 * Daemons across restarts (issue 8): a daemon enabled in one run of the server keeps ticking in
 * the next one, on the same data — SQLite in a data directory, and PostgreSQL when
 * TEST_DATABASE_URL is set — with the real polling scheduler and real time (1-second intervals).
 * A daemon disabled before a restart stays off after it.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { createTestDatabase, pgUrl } from "../helpers/backends.js";
import { type Harness, startHarness, type TestPlayer } from "../helpers/world-harness.js";

interface Mode {
  name: string;
  setup(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }>;
}

const modes: Mode[] = [
  {
    name: "SQLite",
    async setup() {
      const dir = mkdtempSync(path.join(tmpdir(), "tsmoo-daemons-"));
      return { env: { MOO_DATA_DIR: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
if (pgUrl) {
  const adminUrl = pgUrl;
  modes.push({
    name: "PostgreSQL",
    async setup() {
      const db = await createTestDatabase(adminUrl);
      return { env: { DATABASE_URL: db.url }, cleanup: db.drop };
    },
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const mode of modes) {
  describe(`daemons survive a restart of the server (${mode.name})`, () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    let h: Harness | null = null;
    let wiz: TestPlayer;

    /** Starts the server on the same data (after stopping the running one). */
    async function restart(): Promise<void> {
      await h?.close();
      h = await startHarness(env);
      wiz = await h.login("wizard");
    }
    async function value(code: string): Promise<string> {
      const out = await wiz.type(`;${code}`);
      assert.equal(out.length, 1, out.join("\n"));
      return (out[0] ?? "").replace(/^=> /, "");
    }
    const ticks = async (id: number) => Number(await value(`lookup(${id}).get("tick_count")`));
    async function waitForTicks(id: number, atLeast: number, ms = 10_000): Promise<number> {
      const deadline = Date.now() + ms;
      for (;;) {
        const n = await ticks(id);
        if (n >= atLeast) return n;
        if (Date.now() > deadline) assert.fail(`#${id} ticked ${n} times, not ${atLeast}, in ${ms} ms`);
        await sleep(100);
      }
    }

    before(async () => {
      ({ env, cleanup } = await mode.setup());
    });
    after(async () => {
      await h?.close();
      await cleanup();
    });

    test("enabled in one run, it keeps ticking in the next; disabled, it stays off", async () => {
      await restart();
      const id = Number(await value(`create("Metronome", { parents: [$.daemon], location: player.location }).id`));
      await wiz.type(
        `;lookup(${id}).addVerb("on_tick", { code: 'this.set("beats", Number(this.get("beats")) + 1);', dspec: "this" })`,
      );
      await wiz.type(`;lookup(${id}).set("interval", 1); lookup(${id}).set("beats", 0)`);
      assert.deepEqual(await wiz.type(`@daemon enable #${id}`), ["Metronome enabled (interval=1s)."]);
      const schedule = await value(`lookup(${id}).get("schedule")`);
      await waitForTicks(id, 1);

      // Stopped and started again on the same data: the schedule is still there and runs.
      await restart();
      const before = await ticks(id);
      assert.match((await wiz.type("@daemon list")).find((l) => l.includes("Metronome")) ?? "", /: enabled, every 1s/);
      assert.equal(await value(`lookup(${id}).get("schedule")`), schedule, "the same schedule, not a new one");
      const later = await waitForTicks(id, before + 2);
      assert.equal(await value(`lookup(${id}).get("beats")`), String(later), "on_tick ran at every tick");
      assert.equal(await value(`schedules(lookup(${id})).length`), "1");

      // Disabled before a restart, it does not come back.
      assert.deepEqual(await wiz.type(`@daemon disable #${id}`), ["Metronome disabled."]);
      await restart();
      const stopped = await ticks(id);
      await sleep(1500);
      assert.equal(await ticks(id), stopped, "a disabled daemon does not tick after a restart");
      assert.match((await wiz.type("@daemon list")).find((l) => l.includes("Metronome")) ?? "", /: off, every 1s/);
      assert.equal(await value(`schedules(lookup(${id})).length`), "0");
    });
  });
}
