/**
 * The real game behind the real SSH front-end, played with the OpenSSH client in a tmux pane:
 * password login, a command, another player's say arriving while typing, key login.
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
