/**
 * End-to-end tests with the real OpenSSH client: rich mode in a tmux pane (what the player sees),
 * raw mode through pipes (what a script reads).
 */
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import type { RunningServer } from "../running-server.js";
import { FakeGateway } from "../testing/fake-gateway.js";
import { startHarness } from "../testing/session-harness.js";
import { haveCommands, TmuxPane } from "../testing/tmux.js";
import { HOST_KEY_FILE, loadOrCreateHostKey } from "./host-key.js";
import { startSshServer } from "./ssh-server.js";

const available = haveCommands("ssh", "ssh-keygen", "tmux");
const skip = available ? false : "needs ssh, ssh-keygen and tmux";

let game: FakeGateway;
let server: RunningServer;
let dir: string;
let ed25519Key: string;
let rsaKey: string;

const SSH_OPTS = "-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR";

function keygen(type: "ed25519" | "rsa"): string {
  const file = path.join(dir, `id_${type}`);
  execFileSync("ssh-keygen", ["-q", "-t", type, ...(type === "rsa" ? ["-b", "2048"] : []), "-N", "", "-f", file]);
  return file;
}

function sshCommand(user: string, extra: string): string {
  return `ssh -tt ${SSH_OPTS} ${extra} -p ${server.port} ${user}@127.0.0.1`;
}

function passwordPane(user: string, cols = 100, rows = 30, env: Record<string, string> = {}): TmuxPane {
  return new TmuxPane(
    sshCommand(user, "-o PubkeyAuthentication=no -o PreferredAuthentications=password -o NumberOfPasswordPrompts=1"),
    cols,
    rows,
    env,
  );
}

async function loginWithPassword(pane: TmuxPane, password: string): Promise<void> {
  await pane.waitFor(/password:$/);
  pane.type(password);
  pane.press("Enter");
}

before(async () => {
  if (!available) return;
  dir = mkdtempSync(path.join(tmpdir(), "tsmoo-ssh-"));
  game = new FakeGateway();
  ed25519Key = keygen("ed25519");
  rsaKey = keygen("rsa");
  game.accounts.get("alice")!.keys.push(readFileSync(`${ed25519Key}.pub`, "utf8"));
  game.accounts.get("bob")!.keys.push(readFileSync(`${rsaKey}.pub`, "utf8"));
  server = await startSshServer({ gateway: game, host: "127.0.0.1", port: 0, hostKeyDir: path.join(dir, "keys") });
});

after(async () => {
  if (!available) return;
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test("password login, rich mode: room, prompt, a command", { skip }, async () => {
  const pane = passwordPane("wizard");
  try {
    await loginWithPassword(pane, "secret");
    await pane.waitFor(/The Hall\nA large hall with a red carpet\.\nYou have no new mail\.\n>$/);
    pane.type("look");
    pane.press("Enter");
    await pane.waitFor(/> look\nThe Hall\nA large hall with a red carpet\.\n>$/);
  } finally {
    pane.kill();
  }
});

test("a wrong password is refused", { skip }, async () => {
  const pane = passwordPane("wizard");
  try {
    await loginWithPassword(pane, "not-it");
    await pane.waitFor(/Permission denied/);
  } finally {
    pane.kill();
  }
});

test("ed25519 key login; another player's say arrives while typing", { skip }, async () => {
  const pane = new TmuxPane(sshCommand("alice", `-i ${ed25519Key} -o IdentitiesOnly=yes -o PasswordAuthentication=no`));
  const bob = await startHarness(game, { mode: "raw", login: "bob" });
  try {
    await pane.waitFor(/You have no new mail\.\n>$/);
    pane.type("say hel");
    await pane.waitFor(/> say hel$/);
    bob.type("say hi alice\n");
    await pane.waitFor(/Bob says, "hi alice"\n> say hel$/);
    pane.type("lo");
    pane.press("Enter");
    await pane.waitFor(/> say hello\nYou say, "hello"\n>$/);
    await bob.waitFor(/Alice says, "hello"/);
  } finally {
    bob.session.close();
    pane.kill();
  }
});

test("RSA key login; the editor saves a verb", { skip }, async () => {
  const pane = new TmuxPane(sshCommand("bob", `-i ${rsaKey} -o IdentitiesOnly=yes -o PasswordAuthentication=no`));
  try {
    await pane.waitFor(/>$/);
    pane.type("@edit hello");
    pane.press("Enter");
    await pane.waitFor((s) => pane.onAlternateScreen() && s.includes("Verb hello") && s.includes("^S save"));
    pane.type('player.tell("Hi");');
    pane.press("Enter");
    pane.type("return 1;");
    pane.press("C-s");
    await pane.waitFor(/Save changes\? \[Y\]es \/ \[N\]o/);
    pane.type("y");
    await pane.waitFor((s) => !pane.onAlternateScreen() && /Saved verb hello \(2 lines\)\.\n>$/.test(s));
    assert.equal(game.verbs.get("hello"), 'player.tell("Hi");\nreturn 1;');
  } finally {
    pane.kill();
  }
});

test("the pager, a window change, and @password with masked input", { skip }, async () => {
  const pane = passwordPane("alice", 100, 30);
  try {
    await loginWithPassword(pane, "alicepw");
    await pane.waitFor(/>$/);
    pane.type("long");
    pane.press("Enter");
    await pane.waitFor((s) => pane.onAlternateScreen() && /^Item number 1\n/.test(s) && /lines 1-29\/200/.test(s));
    pane.resize(100, 20);
    await pane.waitFor(/lines 1-19\/200/);
    pane.press("Space");
    await pane.waitFor(/^Item number 20\n/);
    pane.type("q");
    await pane.waitFor((s) => !pane.onAlternateScreen() && /> long\n>$/.test(s));

    pane.type("@password");
    pane.press("Enter");
    await pane.waitFor(/Old password:$/);
    pane.type("alicepw");
    await pane.waitFor(/Old password: \*{7}$/);
    pane.press("Enter");
    await pane.waitFor(/New password:$/);
    pane.type("fresh1");
    pane.press("Enter");
    await pane.waitFor(/Confirm new password:$/);
    pane.type("fresh1");
    pane.press("Enter");
    await pane.waitFor(/Password changed\.\n>$/);
    assert.ok(!pane.screen().includes("fresh1"));
    assert.equal(game.accounts.get("alice")!.password, "fresh1");
  } finally {
    game.accounts.get("alice")!.password = "alicepw";
    pane.kill();
  }
});

test("raw mode without a pty: framed output for scripts", { skip }, async () => {
  const child = spawn(
    "ssh",
    [
      "-T",
      ...SSH_OPTS.split(" "),
      "-o",
      "BatchMode=yes",
      "-i",
      ed25519Key,
      "-o",
      "IdentitiesOnly=yes",
      "-p",
      String(server.port),
      "alice@127.0.0.1",
    ],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString("utf8");
  });
  child.stdin.write("PREFIX --begin--\nSUFFIX --end--\nlook\nnothing\n");
  child.stdin.end();
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  assert.equal(code, 0);
  assert.ok(!out.includes("\x1b"), "no ANSI in raw mode");
  assert.match(
    out,
    /--begin--\r\nThe Hall\r\nA large hall with a red carpet\.\r\n--end--\r\n--begin--\r\n--end--\r\n$/,
  );
});

test("TERM=dumb with a pty gets raw mode", { skip }, async () => {
  const pane = new TmuxPane(
    `TERM=dumb ${sshCommand("alice", `-i ${ed25519Key} -o IdentitiesOnly=yes -o PasswordAuthentication=no`)}`,
  );
  try {
    await pane.waitFor(/You have no new mail\.$/);
    pane.type("echo plain");
    pane.press("Enter");
    await pane.waitFor(/You have no new mail\.\nplain$/);
    assert.ok(!pane.screen().includes("> "), "no prompt in raw mode");
  } finally {
    pane.kill();
  }
});

test("the host key is created once and reused", { skip }, async () => {
  const keys = path.join(dir, "keys");
  const first = readFileSync(path.join(keys, HOST_KEY_FILE), "utf8");
  assert.match(first, /BEGIN OPENSSH PRIVATE KEY/);
  assert.match(readFileSync(path.join(keys, `${HOST_KEY_FILE}.pub`), "utf8"), /^ssh-ed25519 /);
  assert.equal((await loadOrCreateHostKey(keys)).toString("utf8"), first);
});
