/**
 * Everyday player commands of the default world (issue 7): help (from the verbs' doc comments),
 * @who (really connected players), @password (masked prompts), @keys / @add-key / @remove-key.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { SessionEvent } from "../../src/core/gateway.js";
import { type Harness, startHarness, type TestPlayer, textOf } from "../helpers/world-harness.js";

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ann@laptop";

function inputOf(events: SessionEvent[]): Extract<SessionEvent, { type: "input" }> {
  const e = events.find((x) => x.type === "input");
  assert.ok(e && e.type === "input", `no input event in ${JSON.stringify(events)}`);
  return e;
}

describe("default world: player commands", () => {
  let h: Harness;
  let wiz: TestPlayer;
  let ann: TestPlayer;

  before(async () => {
    h = await startHarness();
    wiz = await h.login("wizard");
    ann = await h.newPlayer("Ann");
    wiz.heard();
  });
  after(async () => {
    await h.close();
  });

  test("help lists what the player can do, one line each, from the verbs' doc comments", async () => {
    const out = await ann.type("help");
    assert.equal(out[0], "Commands you can use here (help <command> for more):");
    assert.ok(
      out.some((l) => l.startsWith("  say <text>: says something out loud")),
      out.join("\n"),
    );
    assert.ok(out.includes("  @who: lists the players who are connected, and where they are."), out.join("\n"));
    assert.ok(out.some((l) => l.startsWith("  help [<command>]")));
    // Methods are not commands; builder and programmer commands are not hers.
    assert.ok(!out.some((l) => /\(method\)|confunc|@verb|@create/.test(l)), out.join("\n"));
    const wizHelp = await wiz.type("help");
    assert.ok(wizHelp.some((l) => l.startsWith("  @verb <obj>:<names>")));
    assert.ok(wizHelp.some((l) => l.startsWith("  @make-player <name>")));
    assert.deepEqual(await ann.type("help who"), ["@who: lists the players who are connected, and where they are."]);
    assert.match((await ann.type("help frobnicate"))[0] ?? "", /^There is no help for "frobnicate"/);
  });

  test("@who lists connected players only", async () => {
    const bob = await h.newPlayer("Bob");
    assert.deepEqual(await ann.type("@who"), [
      "Connected players:",
      "  Wizard [The Laboratory]",
      "  Ann [The Laboratory]",
      "  Bob [The Laboratory]",
    ]);
    await bob.close();
    assert.deepEqual(await ann.type("@who"), [
      "Connected players:",
      "  Wizard [The Laboratory]",
      "  Ann [The Laboratory]",
    ]);
  });

  test("@password asks old, new and confirmation with masked prompts", async () => {
    const r1 = await ann.run("@password");
    const old = inputOf(r1.events);
    assert.deepEqual([old.prompt, old.password], ["Old password: ", true]);
    const fresh = inputOf((await ann.session.respond(old.id, "Ann-password")).events);
    assert.equal(fresh.prompt, "New password: ");
    const confirm = inputOf((await ann.session.respond(fresh.id, "a-new-password")).events);
    assert.equal(confirm.prompt, "Confirm new password: ");
    assert.deepEqual(textOf((await ann.session.respond(confirm.id, "a-new-password")).events), ["Password changed."]);
    assert.equal((await h.game.gateway.login("ann", "a-new-password")).ok, true);
    assert.equal((await h.game.gateway.login("ann", "Ann-password")).ok, false);
  });

  test("@password: a wrong old password or a mismatch changes nothing", async () => {
    const step = async (id: string, text: string) => ann.session.respond(id, text);
    let r = await ann.run("@password");
    let e = inputOf((await step(inputOf(r.events).id, "not-my-password")).events);
    e = inputOf((await step(e.id, "another-password")).events);
    assert.deepEqual(textOf((await step(e.id, "another-password")).events), [
      "Password not changed: That is not the old password.",
    ]);
    r = await ann.run("@password");
    e = inputOf((await step(inputOf(r.events).id, "a-new-password")).events);
    e = inputOf((await step(e.id, "another-password")).events);
    assert.deepEqual(textOf((await step(e.id, "different-password")).events), [
      "Passwords do not match. Password not changed.",
    ]);
    assert.equal((await h.game.gateway.login("ann", "a-new-password")).ok, true);
  });

  test("a player cannot change someone else's password; a wizard can, without the old one", async () => {
    const denied = await ann.run("@password wizard");
    assert.equal(denied.status, 1);
    assert.match(denied.lines[0] ?? "", /only change your own password/);
    const r = await wiz.run("@password Ann");
    const e1 = inputOf(r.events);
    assert.equal(e1.prompt, "New password for Ann: ");
    const e2 = inputOf((await wiz.session.respond(e1.id, "set-by-wizard")).events);
    assert.deepEqual(textOf((await wiz.session.respond(e2.id, "set-by-wizard")).events), ["Password changed."]);
    assert.equal((await h.game.gateway.login("ann", "set-by-wizard")).ok, true);
  });

  test("@add-key, @keys, @remove-key", async () => {
    assert.deepEqual(await ann.type("@keys"), ["No SSH keys. Add one with @add-key <public key>."]);
    const added = await ann.type(`@add-key ${KEY}`);
    assert.match(added[0] ?? "", /^Added SSH key: \[ssh-ed25519\] SHA256:\S+ {2}ann@laptop$/);
    assert.match((await ann.type("@keys"))[1] ?? "", /^ {2}1\. \[ssh-ed25519\] SHA256:\S+ {2}ann@laptop$/);
    assert.deepEqual(await h.game.gateway.publicKeys("ann"), [KEY.split(" ").slice(0, 2).join(" ")]);
    const bad = await ann.run("@add-key ssh-ed25519 garbage");
    assert.equal(bad.status, 1);
    assert.match((await ann.type("@remove-key 1"))[0] ?? "", /^Removed SSH key: \[ssh-ed25519\]/);
    assert.deepEqual(await ann.type("@remove-key 1"), ["There is no key number 1."]);
  });
});
