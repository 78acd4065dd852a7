/**
 * The default world, end to end: a real in-memory game, players typing commands (spec §9.3–9.6).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Harness, startHarness, type TestPlayer } from "../helpers/world-harness.js";

const LAB_DESC =
  "A cavernous laboratory filled with gadgetry of every kind, this seems like a dumping ground for every piece of dusty forgotten equipment a mad scientist might require.";

describe("default world", () => {
  let h: Harness;
  let wiz: TestPlayer;
  let bob: TestPlayer;

  before(async () => {
    h = await startHarness();
    wiz = await h.login("wizard");
    bob = await h.newPlayer("Bob", { builder: true });
    wiz.heard();
  });
  after(async () => {
    await h.close();
  });

  test("connecting shows the room and tells the others", async () => {
    const ann = await h.newPlayer("Ann");
    const shown = ann.heard();
    assert.equal(shown[0], "The Laboratory");
    assert.equal(shown[1], LAB_DESC);
    assert.deepEqual(wiz.heard(), ["Ann has connected."]);
    await ann.close();
    assert.deepEqual(wiz.heard(), ["Ann has disconnected."]);
  });

  test("look shows title, description, contents and exits", async () => {
    const out = await bob.type("look");
    assert.equal(out[0], "The Laboratory");
    assert.equal(out[1], LAB_DESC);
    // Ann (previous test) has disconnected but, like in the reference, stays where she was.
    assert.ok(out.includes("Wizard and Ann are here."), out.join("\n"));
    assert.ok(out.includes("Exits: north"), out.join("\n"));
  });

  test("say and emote", async () => {
    assert.deepEqual(await bob.type("say hello there"), ["You: hello there"]);
    assert.deepEqual(wiz.heard(), ["Bob: hello there"]);
    assert.deepEqual(await bob.type('"hi'), ["You: hi"]);
    assert.deepEqual(wiz.heard(), ["Bob: hi"]);
    assert.deepEqual(await bob.type("emote waves."), ["Bob waves."]);
    assert.deepEqual(wiz.heard(), ["Bob waves."]);
  });

  test("unknown commands get huh", async () => {
    assert.deepEqual(await bob.type("xyzzy"), ["Huh? I don't understand that command."]);
  });

  test("@create, inventory, drop, take, examine, @describe, look at, @rename", async () => {
    const created = await bob.type("@create ball");
    assert.match(created[0] ?? "", /^Created #\d+ \(ball\) in your inventory\.$/);
    assert.deepEqual(await bob.type("inventory"), ["You are carrying:", "  ball"]);
    assert.deepEqual(await bob.type("drop ball"), ["You drop ball."]);
    assert.deepEqual(wiz.heard(), ["Bob drops ball."]);
    assert.ok((await bob.type("look")).includes("You see a ball here."));
    assert.deepEqual(await bob.type("take ball"), ["You take ball."]);
    assert.deepEqual(wiz.heard(), ["Bob picks up ball."]);
    assert.deepEqual(await bob.type("take ball"), ["You already have ball in your inventory."]);
    const ex = await bob.type("examine ball");
    assert.match(ex[0] ?? "", /^ball \(#\d+\) is owned by Bob \(#\d+\)\.$/);
    assert.match(ex[1] ?? "", /^Parents: Generic Thing/);
    assert.match((await bob.type('@describe ball as "A red ball."'))[0] ?? "", /^Description set for ball/);
    assert.deepEqual(await bob.type("look ball"), ["A red ball."]);
    assert.deepEqual(await bob.type("look at ball"), ["A red ball."]);
    assert.deepEqual(await bob.type("@rename ball to sphere"), ["Renamed ball to sphere."]);
    assert.deepEqual(await bob.type("i"), ["You are carrying:", "  sphere"]);
  });

  test("walking through exits, go, and the wrong way", async () => {
    const out = await bob.type("north");
    assert.deepEqual(out.slice(0, 3), [
      "You leave The Laboratory.",
      "You arrive at The Neighborhood.",
      "The Neighborhood",
    ]);
    assert.deepEqual(wiz.heard(), ["Bob leaves The Laboratory."]);
    assert.deepEqual(await bob.type("west"), ["You can't go that way."]);
    assert.deepEqual(await bob.type("nw"), ["You can't go that way."]);
    const back = await bob.type("s");
    assert.equal(back[1], "You arrive at The Laboratory.");
    assert.deepEqual(wiz.heard(), ["Bob arrives at The Laboratory."]);
    assert.equal((await bob.type("go north"))[1], "You arrive at The Neighborhood.");
    assert.equal((await bob.type("go south"))[1], "You arrive at The Laboratory.");
    wiz.heard();
  });

  test("@dig makes a room and an exit to it", async () => {
    const dug = await bob.type("@dig east to Garden");
    assert.match(dug[0] ?? "", /^Dug an exit east to "Garden" \(#\d+\)\.$/);
    assert.deepEqual(await bob.type("@dig east to Other"), ["There is already an exit in that direction."]);
    const out = await bob.type("e");
    assert.deepEqual(out.slice(0, 4), [
      "You leave The Laboratory.",
      "You arrive at Garden.",
      "Garden",
      "There's not much to see here.",
    ]);
    assert.ok((await bob.type("@who")).includes("  Bob [Garden]"));
    const home = await bob.type("home");
    assert.equal(home[0], "Your home was not set. It has been set to the default location.");
    assert.equal(home[1], "There's no place like home...");
    assert.equal(home[2], "The Laboratory");
    wiz.heard();
  });
});
