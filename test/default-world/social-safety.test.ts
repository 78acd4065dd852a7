/**
 * Social safety in the default world (spec §9.3 $player): @gag/@ungag/@listgag, @paranoid,
 * @check and @sweep.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Harness, startHarness, type TestPlayer } from "../helpers/world-harness.js";

describe("gags, paranoia and sweeps", () => {
  let h: Harness;
  let ann: TestPlayer;
  let bob: TestPlayer;
  let cy: TestPlayer;

  before(async () => {
    h = await startHarness();
    ann = await h.newPlayer("Ann");
    bob = await h.newPlayer("Bob");
    cy = await h.newPlayer("Cy");
    for (const p of [ann, bob, cy]) p.heard();
  });
  after(async () => {
    await h.close();
  });

  test("@gag silences a player's says, emotes, pages and whispers; others still hear them", async () => {
    assert.deepEqual(await ann.type("@gag Bob"), ["Gag list updated."]);
    assert.deepEqual(await ann.type("@gag Bob"), ["You are already gagging Bob.", "No changes made to gag list."]);
    await bob.type("say hello");
    await bob.type("emote waves.");
    await bob.type("page Ann with hi");
    await bob.type("whisper psst to Ann");
    assert.deepEqual(ann.heard(), []);
    assert.deepEqual(cy.heard(), ["Bob: hello", "Bob waves."]);
    assert.deepEqual(await ann.type("@listgag"), ["You are gagging Bob."]);
    assert.deepEqual(await ann.type("@gag me"), ["You can't gag yourself.", "No changes made to gag list."]);
    assert.deepEqual(await ann.type("@gag Zed"), [
      'There is no player or object called "Zed".',
      "No changes made to gag list.",
    ]);
  });

  test("@ungag one, @ungag everyone", async () => {
    assert.deepEqual(await ann.type("@ungag Cy"), ["You are not gagging Cy."]);
    assert.deepEqual(await ann.type("@ungag bob"), ["You are no longer gagging Bob."]);
    await bob.type("say again");
    assert.deepEqual(ann.heard(), ["Bob: again"]);
    await ann.type("@gag Bob Cy");
    assert.deepEqual(await ann.type("@listgag"), ["You are gagging Bob and Cy."]);
    assert.deepEqual(await ann.type("@ungag everyone"), ["Gag lists cleared."]);
    assert.deepEqual(await ann.type("@listgag"), ["You are not gagging anyone."]);
    cy.heard();
  });

  test("@paranoid 2 shows who sent each message; bad levels are refused", async () => {
    assert.deepEqual(await ann.type("@paranoid 3"), ["Paranoid level must be 0, 1, or 2."]);
    assert.match((await ann.type("@paranoid 2"))[0] ?? "", /^Paranoid level set to 2\./);
    await bob.type("say who am I");
    assert.deepEqual(ann.heard(), [`(Bob #${bob.avatar}) Bob: who am I`]);
    assert.deepEqual(await ann.type("@paranoid"), ["Your paranoid level is 2."]);
  });

  test("@paranoid 1 records senders for @check", async () => {
    await ann.type("@paranoid 1");
    await bob.type("say one");
    await cy.type("emote grins.");
    await bob.type("say two");
    assert.deepEqual(ann.heard(), ["Bob: one", "Cy grins.", "Bob: two"]);
    const all = await ann.type("@check");
    assert.equal(all.length, 3);
    assert.match(all[0] ?? "", /^Bob \(#\d+\) via The Laboratory \(#\d+\): Bob: one$/);
    assert.deepEqual(
      (await ann.type("@check 2")).map((l) => l.replace(/ via .*?:/, ":")),
      [`Cy (#${cy.avatar}): Cy grins.`, `Bob (#${bob.avatar}): Bob: two`],
    );
    assert.equal((await ann.type("@check cy")).length, 1);
    assert.equal((await ann.type("@check !cy")).length, 2);
    await ann.type("@paranoid 0");
    assert.deepEqual(await ann.type("@check"), ["You are not recording messages; type @paranoid 1 first."]);
  });

  test("@sweep lists who can hear you", async () => {
    const out = await ann.type("@sweep");
    assert.ok(out.includes(`Bob (#${bob.avatar}) is listening.`), out.join("\n"));
    assert.ok(out.includes(`Cy (#${cy.avatar}) is listening.`), out.join("\n"));
    await bob.type("north");
    await cy.type("north");
    assert.deepEqual(await ann.type("@sweep"), ["Communications are secure."]);
  });
});
