/**
 * The acceptance test of scale-out mode: two `moo worker` processes and `moo shell` front-ends on
 * a real PostgreSQL and Redis, driven by telnet clients.
 *   1. 50 concurrent clients each increment one shared property 100 times: exactly 5,000; and
 *      concurrent list appends neither lose nor duplicate an element (serializability);
 *   2. a worker killed with SIGKILL during that load loses no acknowledged command;
 *   3. a periodic invocation, and an enabled $daemon, keep running after every process is restarted.
 * Plus: two front-ends serve players who hear each other, and present the same SSH host key.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import ssh2 from "ssh2";
import { loadConfig } from "../../src/cli/config.js";
import { openWorld } from "../../src/cli/open-world.js";
import { createPlayer } from "../../src/world/index.js";
import { Client, type Cluster, cluster, services, sleep, WIZARD_PASSWORD } from "./cluster.js";

const svc = services();
const CLIENTS = 50;
const INCREMENTS = 100;
const APPENDS = 10;

describe("scale-out: workers and front-ends on PostgreSQL and Redis", {
  skip: typeof svc === "string" ? svc : false,
}, () => {
  let c: Cluster;
  let shellA: { telnetPort: number; sshPort: number };
  let shellB: { telnetPort: number; sshPort: number };

  before(async () => {
    if (typeof svc === "string") return;
    c = await cluster(svc);
    // The first worker bootstraps the world; the others wait for it (startup lock).
    const [, , a, b] = await Promise.all([c.worker("w1"), c.worker("w2"), c.shell("s1"), c.shell("s2")]);
    shellA = a;
    shellB = b;
    // Players, made the way `moo createuser` does, from this process: the cluster hears of them
    // through PostgreSQL notifications.
    const opened = await openWorld(
      loadConfig({ DATABASE_URL: c.databaseUrl, MOO_WIZARD_PASSWORD: WIZARD_PASSWORD }),
      () => {},
    );
    for (let i = 0; i < CLIENTS; i++) {
      await createPlayer(opened.world, opened.accounts, {
        login: `p${i}`,
        password: `password-${i}`,
        name: `P${i}`,
      });
    }
    await opened.close();
  });

  after(async () => {
    await c?.close();
  });

  test("front-ends are replicas: players on different shells hear each other; one SSH host key", async () => {
    const ann = await Client.login(shellA.telnetPort, "p0", "password-0");
    const bob = await Client.login(shellB.telnetPort, "p1", "password-1");
    assert.match(await ann.command("say hello from shell A"), /You: hello from shell A/);
    await bob.waitFor(/P0: hello from shell A/, 10_000);
    const [keyA, keyB] = await Promise.all([hostKey(shellA.sshPort), hostKey(shellB.sshPort)]);
    assert.equal(keyA, keyB);
    ann.close();
    bob.close();
  });

  test(`${CLIENTS} clients × ${INCREMENTS} increments = exactly ${CLIENTS * INCREMENTS}, list appends exact, with a worker SIGKILLed midway`, async () => {
    const wiz = await Client.login(shellA.telnetPort, "wizard", WIZARD_PASSWORD);
    // Two commands every player has: `bump` increments the shared counter, `xappend TAG` appends to
    // the shared list. They print like eval does, so the client can check each acknowledgement.
    const setup = await wiz.command(
      [
        '; const o = create("counter"); o.set("n", 0); o.set("items", []); $.system.set("counter", o);',
        '$.player.addVerb("bump", { dspec: "none", code: \'import { $, print } from "moo";\\nconst c = $.counter; const v = (c.get("n") as number) + 1; c.set("n", v); print("=> " + v);\' });',
        '$.player.addVerb("xappend", { dspec: "any", code: \'import { $, print } from "moo";\\nconst c = $.counter; c.set("items", [...(c.get("items") as string[]), argstr]); print("=> 1");\' });',
        "o.id",
      ].join(" "),
    );
    assert.match(setup, /=> \d+/, setup);
    const clients = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        Client.login(i % 2 === 0 ? shellA.telnetPort : shellB.telnetPort, `p${i}`, `password-${i}`),
      ),
    );
    let acknowledged = 0;
    let killedAt = -1;
    const failures: string[] = [];
    const appended: string[] = [];
    const load = clients.map(async (cl, i) => {
      for (let k = 0; k < INCREMENTS; k++) {
        const out = await cl.command("bump");
        if (/=> \d+/.test(out)) acknowledged++;
        else failures.push(out);
        if (k < APPENDS) {
          const tag = `c${i}-${k}`;
          const r = await cl.command(`xappend ${tag}`);
          if (/=> 1/.test(r)) appended.push(tag);
          else failures.push(r);
        }
      }
    });
    // Kill a worker in the middle of the load (and start a replacement).
    const killer = (async () => {
      while (acknowledged < (CLIENTS * INCREMENTS) / 3) await sleep(20);
      killedAt = acknowledged;
      const victim = c.processes.find((p) => p.name === "w1");
      await victim?.kill("SIGKILL");
      await c.worker("w3");
    })();
    await Promise.all([...load, killer]);
    assert.ok(killedAt > 0, "the worker was killed during the load");
    assert.deepEqual(failures, []);
    assert.equal(acknowledged, CLIENTS * INCREMENTS);

    const n = await wiz.command('; $.counter.get("n")');
    assert.match(n, new RegExp(`=> ${CLIENTS * INCREMENTS}\\b`), n);
    const items = JSON.parse(
      (/=> (.*)/.exec(await wiz.command('; JSON.stringify($.counter.get("items"))')) as RegExpExecArray)[1] as string,
    );
    const list: string[] = typeof items === "string" ? JSON.parse(items) : items;
    assert.equal(list.length, CLIENTS * APPENDS, "no append lost or duplicated");
    assert.deepEqual([...list].sort(), [...appended].sort());
    // Each client's appends are in its own order (serial per player).
    for (let i = 0; i < CLIENTS; i++) {
      const mine = list.filter((t) => t.startsWith(`c${i}-`));
      assert.deepEqual(
        mine,
        Array.from({ length: APPENDS }, (_, k) => `c${i}-${k}`),
      );
    }
    for (const cl of clients) cl.close();
    wiz.close();
  });

  test("a periodic invocation and an enabled daemon keep running after every process is restarted", async () => {
    const wiz = await Client.login(shellA.telnetPort, "wizard", WIZARD_PASSWORD);
    const out = await wiz.command(
      '; const t = create("ticker"); t.set("ticks", 0); t.addVerb("tick", { code: \'this.set("ticks", this.get("ticks") + 1);\' }); invoke(t, "tick", { every: 1 }); t.id',
    );
    const id = Number((/=> (\d+)/.exec(out) as RegExpExecArray)[1]);
    // And a $daemon, enabled the way a wizard does it (issue 8): its ticks run on the workers too.
    const made = await wiz.command('; const d = create("Pulse", { parents: [$.daemon] }); d.set("interval", 1); d.id');
    const daemon = Number((/=> (\d+)/.exec(made) as RegExpExecArray)[1]);
    assert.match(await wiz.command(`@daemon enable #${daemon}`), /Pulse enabled \(interval=1s\)\./);
    wiz.close();
    const ticks = () => readProp(c.databaseUrl, id, "ticks");
    const pulses = () => readProp(c.databaseUrl, daemon, "tick_count");
    await waitUntil(async () => (await ticks()) >= 2 && (await pulses()) >= 2, 20_000);

    // Every process goes down at once (SIGKILL: no graceful anything).
    await Promise.all(c.processes.map((p) => p.kill("SIGKILL")));
    const before = await ticks();
    const pulsesBefore = await pulses();
    await sleep(1500);
    assert.equal(await ticks(), before, "nothing runs while every process is down");
    await Promise.all([c.worker("w4"), c.worker("w5")]);
    await waitUntil(async () => (await ticks()) >= before + 3 && (await pulses()) >= pulsesBefore + 3, 30_000);
  });
});

async function hostKey(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const conn = new ssh2.Client();
    conn.on("error", () => {});
    conn.connect({
      host: "127.0.0.1",
      port,
      username: "nobody",
      password: "x",
      readyTimeout: 15_000,
      hostVerifier: (key: Buffer) => {
        resolve(key.toString("base64"));
        setImmediate(() => conn.end());
        return false;
      },
    });
    setTimeout(() => reject(new Error("no host key")), 20_000).unref();
  });
}

async function readProp(url: string, object: number, name: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query("select value from properties where object = $1 and name = $2", [object, name]);
    return r.rows[0] ? Number(JSON.parse(r.rows[0].value)) : 0;
  } finally {
    await client.end();
  }
}

async function waitUntil(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(200);
  }
}
