/**
 * The README's first command on a fresh data directory: `moo start` creates it, migrates, loads the
 * world, prints the generated wizard password once; a second start reuses the data. Also
 * `moo createuser` and clear configuration errors.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";

const MOO = path.resolve("bin/moo.js");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `moo start`, resolves with its output once it says it is running. */
async function start(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; output: string }> {
  const child = spawn(process.execPath, [MOO, "start"], { env: { ...process.env, ...env }, stdio: "pipe" });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`moo start did not come up:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes("tsmoo is running")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`moo start exited with ${code}:\n${output}`));
    });
  });
  return { child, output };
}

/** Stops it like Ctrl-C would; resolves with the exit code and the output since start. */
async function stop(child: ChildProcess): Promise<{ code: number | null; output: string }> {
  let output = "";
  child.stdout?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", (code) => resolve({ code, output }));
    child.kill("SIGTERM");
  });
}

describe("moo command line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tsmoo-cli-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("first start creates the data directory and prints a password; the second reuses it", async () => {
    const dataDir = path.join(dir, "data");
    const env = {
      MOO_DATA_DIR: dataDir,
      MOO_SSH_PORT: String(await freePort()),
      MOO_TELNET_PORT: String(await freePort()),
      MOO_BIND: "127.0.0.1",
    };
    const first = await start(env);
    assert.ok(existsSync(path.join(dataDir, "world.sqlite")));
    assert.match(first.output, /login: wizard\s+password: \S{12,}/);
    assert.match(first.output, /Default world: \d+ objects created/);
    const stopped = await stop(first.child);
    assert.equal(stopped.code, 0, stopped.output);

    const second = await start(env);
    assert.doesNotMatch(second.output, /password:/);
    assert.match(second.output, /Default world: 0 objects created, 0 verbs added/);
    const stopped2 = await stop(second.child);
    assert.equal(stopped2.code, 0, stopped2.output);
  });

  test("createuser makes an account; bad configuration is refused clearly", async () => {
    const env = { ...process.env, MOO_DATA_DIR: path.join(dir, "data2") };
    const r = spawnSync(process.execPath, [MOO, "createuser", "alice", "--password", "alice-secret", "--builder"], {
      env,
      encoding: "utf8",
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Created account 'alice' with avatar #\d+\./);
    const again = spawnSync(process.execPath, [MOO, "createuser", "alice", "--password", "alice-secret"], {
      env,
      encoding: "utf8",
    });
    assert.equal(again.status, 1);
    assert.match(again.stderr, /The login name 'alice' is taken\./);
    const bad = spawnSync(process.execPath, [MOO, "start"], {
      env: { ...env, MOO_SSH_PORT: "99999" },
      encoding: "utf8",
    });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /MOO_SSH_PORT must be a port number between 0 and 65535/);
  });
});
