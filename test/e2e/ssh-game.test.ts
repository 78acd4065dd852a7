/**
 * The real game behind the real SSH front-end, played with the OpenSSH client in a tmux pane:
 * password login, a command, another player's say arriving while typing, key login, the
 * full-screen editor saving a verb, the pager, `@password` with masked prompts, and raw mode
 * (no pty) with PREFIX/SUFFIX framing.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { type RunningServer, startSshServer } from "../../src/frontends/index.js";
import { haveCommands, TmuxPane } from "../../src/frontends/testing/tmux.js";
import { type Harness, startHarness, WIZARD_PASSWORD } from "../helpers/world-harness.js";

const available = haveCommands("ssh", "ssh-keygen", "tmux");
if (!available && process.env.CI) throw new Error("CI must have ssh, ssh-keygen and tmux (see .ci/run)");
const skip = available ? false : "needs ssh, ssh-keygen and tmux";
const SSH_OPTS = "-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR";

describe("SSH front-end with the real game", () => {
  let h: Harness;
  let server: RunningServer;
  let dir: string;

  before(async () => {
    if (!available) return;
    dir = mkdtempSync(path.join(tmpdir(), "tsmoo-ssh-game-"));
    h = await startHarness();
    server = await startSshServer({ gateway: h.game.gateway, host: "127.0.0.1", port: 0, hostKeyDir: dir });
  });
  after(async () => {
    if (!available) return;
    await server.close();
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("password login shows the room; look; another player's say arrives while typing", { skip }, async () => {
    const pane = new TmuxPane(
      `ssh -tt ${SSH_OPTS} -o PubkeyAuthentication=no -o PreferredAuthentications=password -p ${server.port} wizard@127.0.0.1`,
      110,
      30,
    );
    try {
      await pane.waitFor(/password:$/);
      pane.type(WIZARD_PASSWORD);
      pane.press("Enter");
      await pane.waitFor(/The Laboratory[\s\S]*Exits: north\n> ?$/);
      pane.type("look");
      pane.press("Enter");
      await pane.waitFor(/> look\nThe Laboratory\n[\s\S]*Exits: north\n> ?$/);
      const ann = await h.newPlayer("Ann");
      await pane.waitFor(/Ann has connected\.\n> ?$/);
      pane.type("say hel");
      await pane.waitFor(/> say hel$/);
      await ann.type("say hi wizard");
      await pane.waitFor(/Ann: hi wizard\n> say hel$/);
      pane.type("lo");
      pane.press("Enter");
      await pane.waitFor(/You: hello\n> ?$/);
      assert.deepEqual(ann.heard().slice(-1), ["Wizard: hello"]);
    } finally {
      pane.kill();
    }
  });

  /** An OpenSSH client in a pane, logged in with a password and at the prompt. */
  async function loginPane(login: string, password: string, opts = "-tt"): Promise<TmuxPane> {
    const pane = new TmuxPane(
      `ssh ${opts} ${SSH_OPTS} -o PubkeyAuthentication=no -o PreferredAuthentications=password -p ${server.port} ${login}@127.0.0.1`,
      100,
      30,
    );
    await pane.waitFor(/password:$/);
    pane.type(password);
    pane.press("Enter");
    return pane;
  }

  test("the full-screen editor saves a verb typed in it; the verb runs", { skip }, async () => {
    const pane = await loginPane("wizard", WIZARD_PASSWORD);
    try {
      await pane.waitFor(/The Laboratory[\s\S]*> ?$/);
      pane.type("@create gadget");
      pane.press("Enter");
      await pane.waitFor(/Created #\d+ \(gadget\) in your inventory\.\n> ?$/);
      pane.type("@verb gadget:zap this none none");
      pane.press("Enter");
      await pane.waitFor(/Verb zap \(#\d+\) added to gadget[^\n]*\n> ?$/);
      pane.type("@program gadget:zap");
      pane.press("Enter");
      await pane.waitFor(() => pane.onAlternateScreen());
      await pane.waitFor(/\^S save/);
      // Clear whatever the new verb holds, then type its code.
      for (let i = 0; i < 5; i++) pane.press("C-k");
      for (const line of ["/** zap <gadget>: makes it buzz. */", 'import { print } from "moo";', 'print("Bzzzt!");']) {
        pane.type(line);
        pane.press("Enter");
      }
      await pane.waitFor(/print\("Bzzzt!"\);/);
      pane.press("C-s");
      await pane.waitFor(/Save changes\?/);
      pane.type("y");
      await pane.waitFor(() => !pane.onAlternateScreen());
      await pane.waitFor(/programmed[^\n]*\n> ?$/);
      pane.type("zap gadget");
      pane.press("Enter");
      await pane.waitFor(/> zap gadget\nBzzzt!\n> ?$/);
    } finally {
      pane.kill();
    }
  });

  test("long output opens the pager; space pages, q returns to the prompt", { skip }, async () => {
    const pane = await loginPane("wizard", WIZARD_PASSWORD);
    try {
      await pane.waitFor(/The Laboratory[\s\S]*> ?$/);
      pane.type('; player.set("numbers", Array.from({ length: 80 }, (x, i) => i * 7))');
      pane.press("Enter");
      await pane.waitFor(/=> null\n> ?$/);
      pane.type("@show numbers on me");
      pane.press("Enter");
      await pane.waitFor(() => pane.onAlternateScreen());
      const first = await pane.waitFor(/lines 1-\d+\/82[\s\S]*q quit/);
      assert.match(first, /^ {2}0,$/m);
      assert.doesNotMatch(first, /^ {2}553$/m);
      pane.press("Space");
      await pane.waitFor(/lines 30-58\/82/);
      pane.type("G");
      await pane.waitFor(/^ {2}553$/m);
      pane.type("q");
      await pane.waitFor(() => !pane.onAlternateScreen());
      pane.type("; 1 + 1");
      pane.press("Enter");
      await pane.waitFor(/=> 2\n> ?$/);
    } finally {
      pane.kill();
    }
  });

  test("@password asks with masked prompts; the new password logs in, the old one no longer does", {
    skip,
  }, async () => {
    await h.newPlayer("Pat");
    const pane = await loginPane("pat", "Pat-password");
    try {
      await pane.waitFor(/The Laboratory[\s\S]*> ?$/);
      pane.type("@password");
      pane.press("Enter");
      await pane.waitFor(/Old password: ?$/);
      pane.type("Pat-password");
      pane.press("Enter");
      await pane.waitFor(/New password: ?$/);
      pane.type("brand-new-secret-9");
      pane.press("Enter");
      await pane.waitFor(/Confirm new password: ?$/);
      pane.type("brand-new-secret-9");
      pane.press("Enter");
      const done = await pane.waitFor(/Password changed\.\n> ?$/);
      assert.doesNotMatch(done, /Pat-password|brand-new-secret-9/, "passwords must not be echoed");
    } finally {
      pane.kill();
    }
    const again = await loginPane("pat", "brand-new-secret-9");
    try {
      await again.waitFor(/The Laboratory[\s\S]*> ?$/);
    } finally {
      again.kill();
    }
    const old = await loginPane("pat", "Pat-password");
    try {
      await old.waitFor(/Permission denied|password:\s*$/);
      assert.doesNotMatch(old.screen(), /The Laboratory/);
    } finally {
      old.kill();
    }
  });

  test("without a pty (ssh -T) the session is raw: plain lines, PREFIX/SUFFIX framing, no ANSI", { skip }, async () => {
    const pane = await loginPane("wizard", WIZARD_PASSWORD, "-T");
    try {
      await pane.waitFor(/The Laboratory/);
      pane.type("PREFIX [[begin");
      pane.press("Enter");
      pane.type("SUFFIX ]]end");
      pane.press("Enter");
      pane.type("; 6 * 7");
      pane.press("Enter");
      const screen = await pane.waitFor(/\[\[begin\n=> 42\n\]\]end/);
      assert.doesNotMatch(screen, /\x1b\[/);
    } finally {
      pane.kill();
    }
  });

  test("an ed25519 key registered on the account logs in without a password", { skip }, async () => {
    const keyFile = path.join(dir, "id_ed25519");
    execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", keyFile]);
    const account = await h.game.accounts.byLogin("wizard");
    assert.ok(account);
    await h.game.accounts.addKey(account.id, readFileSync(`${keyFile}.pub`, "utf8"));
    const pane = new TmuxPane(
      `ssh -tt ${SSH_OPTS} -i ${keyFile} -o IdentitiesOnly=yes -o PasswordAuthentication=no -p ${server.port} wizard@127.0.0.1`,
    );
    try {
      await pane.waitFor(/The Laboratory[\s\S]*> ?$/);
      pane.type("; 6 * 7");
      pane.press("Enter");
      await pane.waitFor(/=> 42\n> ?$/);
    } finally {
      pane.kill();
    }
  });
});
