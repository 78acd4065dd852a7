/**
 * Wizard commands of the default world (issue 7): @make-player, @grant/@revoke, @version, @stats,
 * and the acceptance walk-through — from a fresh start, as the printed wizard, all by typing: dig a
 * room, walk there and back, create a thing, describe it, give it a verb, use it, make a second
 * player, log in as them and hear them speak.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { SessionEvent } from "../../src/core/gateway.js";
import { type Harness, startHarness, type TestPlayer, textOf } from "../helpers/world-harness.js";

function editorOf(events: SessionEvent[]): Extract<SessionEvent, { type: "editor" }> {
  const e = events.find((x) => x.type === "editor");
  assert.ok(e && e.type === "editor", `no editor event in ${JSON.stringify(events)}`);
  return e;
}

describe("default world: wizard commands", () => {
  let h: Harness;
  let wiz: TestPlayer;

  before(async () => {
    h = await startHarness();
    wiz = await h.login("wizard");
    wiz.heard();
  });
  after(async () => {
    await h.close();
  });

  test("acceptance: dig, walk, create, describe, program, use, make a player, hear them", async () => {
    // The Laboratory has a north exit already; dig east.
    const dug = await wiz.type("@dig east to Garden");
    assert.match(dug[0] ?? "", /^Dug an exit east to "Garden" \(#\d+\)\.$/);
    const dir = "east";
    const there = await wiz.type(dir);
    assert.ok(there.includes("Garden"), there.join("\n"));
    // And back, through an exit of its own.
    assert.match(
      (await wiz.type("@tunnel west to The Laboratory"))[0] ?? "",
      /^Tunnelled an exit west to "The Laboratory"/,
    );
    const back = await wiz.type("west");
    assert.deepEqual(back.slice(0, 3), ["You leave Garden.", "You arrive at The Laboratory.", "The Laboratory"]);

    assert.match((await wiz.type("@create lamp"))[0] ?? "", /^Created #\d+ \(lamp\) in your inventory\.$/);
    assert.match((await wiz.type('@describe lamp as "A brass lamp."'))[0] ?? "", /^Description set for lamp/);
    assert.deepEqual(await wiz.type("look lamp"), ["A brass lamp."]);

    assert.match((await wiz.type("@verb lamp:rub this none none"))[0] ?? "", /^Verb rub \(#\d+\) added to lamp/);
    const ed = editorOf((await wiz.run("@program lamp:rub")).events);
    const saved = await wiz.session.respond(
      ed.id,
      [
        "/** rub <lamp>: rubs it and sees what happens. */",
        'import { announce, print } from "moo";',
        'print("A genie appears!");',
        'announce(player.name + " rubs the lamp. A genie appears!");',
      ].join("\n"),
    );
    assert.match(textOf(saved.events)[0] ?? "", /programmed/);
    assert.deepEqual(await wiz.type("rub lamp"), ["A genie appears!"]);

    const made = await wiz.type("@make-player Carol secret-password-1");
    assert.match(made[0] ?? "", /^Player Carol \(#\d+\) created\. Login: carol$/);
    assert.equal(made.length, 1, "a given password is not echoed");
    const carol = await h.login("carol", "secret-password-1");
    assert.ok(carol.heard().includes("The Laboratory"));
    assert.deepEqual(wiz.heard(), ["Carol has connected."]);
    assert.deepEqual(await carol.type("say hello, wizard"), ["You: hello, wizard"]);
    assert.deepEqual(wiz.heard(), ["Carol: hello, wizard"]);
    // The lamp is in the wizard's hands: Carol sees the room's contents, not the lamp.
    assert.ok((await carol.type("look")).some((l) => l.includes("Wizard")));
  });

  test("@make-player generates a password when none is given, and refuses taken names", async () => {
    const out = await wiz.type("@make-player Dave");
    assert.match(out[0] ?? "", /^Player Dave \(#\d+\) created\. Login: dave$/);
    const pw = /^Password: (\S+) /.exec(out[1] ?? "")?.[1];
    assert.ok(pw && pw.length >= 12, out.join("\n"));
    const dave = await h.login("dave", pw);
    assert.deepEqual(await dave.type("@who"), [
      "Connected players:",
      "  Wizard [The Laboratory]",
      "  Carol [The Laboratory]",
      "  Dave [The Laboratory]",
    ]);
    const taken = await wiz.run("@make-player dave");
    assert.equal(taken.status, 1);
    assert.match(taken.lines[0] ?? "", /already a player named dave/i);
    const weak = await wiz.run("@make-player Erin short");
    assert.equal(weak.status, 1);
    assert.match(weak.lines[0] ?? "", /at least 8 characters/);
    // Nothing of the refused command stays behind.
    assert.equal((await wiz.run("@show Erin")).status, 1);
    await dave.close();
  });

  test("@grant and @revoke change roles and the avatar's class; non-wizards cannot", async () => {
    const fay = await h.newPlayer("Fay");
    assert.equal(
      (await fay.type("@verb me:x")).some((l) => l.startsWith("Verb ")),
      false,
      "a plain player has no @verb",
    );
    assert.match((await wiz.type("@grant Fay programmer"))[0] ?? "", /^Fay \(#\d+\) is now a programmer\.$/);
    assert.deepEqual(fay.heard().slice(-1), ["Wizard has made you a programmer."]);
    assert.match((await fay.type("@verb me:hello"))[0] ?? "", /^Verb hello/);
    assert.match((await fay.type("; player.parents[0].name"))[0] ?? "", /Generic Programmer/);
    const sneaky = await fay.type("@grant Fay wizard");
    assert.ok(!sneaky.some((l) => /is now/.test(l)), sneaky.join("\n"));
    // Reaching the wizard verb through a method call does not help either.
    const viaCall = await fay.run('; $.wizard.call("@grant")');
    assert.equal(viaCall.status, 1);
    assert.match(viaCall.lines[0] ?? "", /Only wizards/);
    assert.deepEqual(await fay.type("; roles(player).wizard"), ["=> false"]);
    assert.match((await wiz.type("@revoke Fay programmer"))[0] ?? "", /is now a builder\.$/);
    assert.equal(
      (await fay.type("@verb me:x")).some((l) => l.startsWith("Verb ")),
      false,
      "a plain player has no @verb",
    );
    await fay.close();
  });

  test("@version and @stats", async () => {
    assert.match((await wiz.type("@version"))[0] ?? "", /^tsmoo \d+\.\d+\.\d+ on Node\.js v\d+/);
    const stats = await wiz.type("@stats");
    assert.match(stats[1] ?? "", /^ {2}Objects: +\d+ \(\d+ recycled\)$/);
    assert.match(stats[2] ?? "", /^ {2}Verbs: +\d+$/);
    assert.match(stats[4] ?? "", /^ {2}Connections: +\d+ \(\d+ players?\)$/);
    assert.match(stats[5] ?? "", /^ {2}Tasks: +\d+ queued or running/);
  });
});
