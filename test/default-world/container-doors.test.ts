/**
 * Containers (open/close, put/take from, opacity, open locks with key expressions) and exits as
 * doors (open/close/lock/unlock, autolock; a closed door blocks the way) — spec §9.3.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Harness, startHarness, type TestPlayer } from "../helpers/world-harness.js";

describe("containers and doors", () => {
  let h: Harness;
  let wiz: TestPlayer;
  let ann: TestPlayer;
  let bob: TestPlayer;
  const tx = () => h.game.world.begin();
  const created = async (p: TestPlayer, line: string) => Number(/#(\d+)/.exec((await p.type(line))[0] ?? "")?.[1]);

  before(async () => {
    h = await startHarness();
    wiz = await h.login("wizard");
    ann = await h.newPlayer("Ann", { builder: true });
    bob = await h.newPlayer("Bob");
    wiz.heard();
    ann.heard();
    bob.heard();
  });
  after(async () => {
    await h.close();
  });

  test("open, close, put in, take from, and what others see", async () => {
    const box = await created(ann, "@create box from $container");
    await ann.type("drop box");
    const gem = await created(ann, "@create gem");
    assert.deepEqual(await ann.type("put gem in box"), ["Box is closed."]);
    assert.deepEqual(await ann.type("open box"), ["You open box."]);
    assert.deepEqual(bob.heard().at(-1), "Ann opens box.");
    assert.deepEqual(await ann.type("open box"), ["Box is already open."]);
    assert.deepEqual(await ann.type("put gem in box"), ["You placed gem in box."]);
    assert.deepEqual(bob.heard(), ["Ann puts gem in box."]);
    assert.equal(tx().rec(gem)?.location, box);
    assert.deepEqual(await bob.type("look in box"), ["Not much to see here.", "Contents:", "  gem"]);
    assert.deepEqual(await ann.type("close box"), ["You close box."]);
    assert.deepEqual(await ann.type("close box"), ["Box is already closed."]);
    assert.deepEqual(await bob.type("take gem from box"), ["Box is closed."]);
    await ann.type("open box");
    assert.deepEqual(await bob.type("take pearl from box"), ["pearl is not in box."]);
    assert.deepEqual(await bob.type("take gem from box"), ["You took gem from box."]);
    assert.deepEqual(ann.heard(), ["Bob takes gem from box."]);
    assert.equal(tx().rec(gem)?.location, bob.avatar);
    assert.deepEqual(await bob.type("look in box"), ["Not much to see here.", "It is empty."]);
    assert.deepEqual(await bob.type("put box in box"), ["You can't put something inside itself."]);
    assert.deepEqual(await bob.type("put Ann in box"), ["You can't put Ann in box."]);
    assert.equal(tx().rec(ann.avatar)?.location !== box, true);
    await bob.type("drop gem");
  });

  test("opacity: 0 shows the contents of a closed box, 1 only when open, 2 never", async () => {
    await ann.type("put gem in box");
    await ann.type("close box");
    assert.deepEqual(await bob.type("look in box"), ["Not much to see here.", "Contents:", "  gem"]);
    assert.match((await ann.type("@opacity box is 1"))[0] ?? "", /^The opacity of box \(#\d+\) is now 1\.$/);
    assert.deepEqual(await bob.type("look in box"), ["Not much to see here.", "Box is closed."]);
    await ann.type("open box");
    assert.deepEqual(await bob.type("look box"), ["Not much to see here.", "Contents:", "  gem"]);
    await ann.type("@opacity box is 2");
    assert.deepEqual(await bob.type("look in box"), [
      "Not much to see here.",
      "It is too dark inside to see anything.",
    ]);
    assert.deepEqual(await ann.type("@opacity box is 7"), ["Usage: @opacity <container> is 0|1|2"]);
    assert.deepEqual(await bob.type("@opacity box is 0"), ["You don't have permission to do that."]);
    await ann.type("@opacity box is 0");
  });

  test("open locks with key expressions", async () => {
    await ann.type("close box");
    const key = await created(ann, "@create brass key");
    assert.match(
      (await ann.type("@lock_for_open box with brass key"))[0] ?? "",
      new RegExp(`^Locked box \\(#\\d+\\) for opening with brass key \\(#${key}\\)\\.$`),
    );
    assert.deepEqual(await bob.type("open box"), ["Box is locked."]);
    assert.deepEqual(await ann.type("open box"), ["You open box."]);
    await ann.type("close box");
    await ann.type("give brass key to Bob");
    assert.deepEqual(await bob.type("open box"), ["You open box."]);
    await bob.type("close box");
    assert.deepEqual(await ann.type("@lock_for_open box with !brass key"), [
      "That doesn't look like a valid key expression.",
    ]);
    assert.match((await ann.type(`@lock_for_open box with !#${key} && me`))[0] ?? "", /^Locked box/);
    assert.deepEqual(await bob.type("open box"), ["Box is locked."]);
    assert.deepEqual(await ann.type("open box"), ["You open box."]);
    assert.deepEqual(await bob.type("@unlock_for_open box"), ["You don't have permission to unlock that."]);
    assert.match((await ann.type("@unlock_for_open box"))[0] ?? "", /^Unlocked box \(#\d+\) for opening\.$/);
    await ann.type("close box");
    assert.deepEqual(await bob.type("open box"), ["You open box."]);
    assert.deepEqual(await bob.type("@lock_for_open box with me"), ["You don't have permission to lock that."]);
  });

  test("doors: close blocks the way, open lets through; messages to others", async () => {
    await ann.type("@dig west to Vault");
    wiz.heard();
    assert.deepEqual(await bob.type("close west"), ["The door is closed."]);
    assert.deepEqual(wiz.heard(), ["Bob closes the door west."]);
    assert.deepEqual(await bob.type("close west"), ["The door is already closed."]);
    assert.deepEqual(await bob.type("west"), ["The door is closed."]);
    assert.deepEqual(await bob.type("go west"), ["The door is closed."]);
    assert.notEqual(tx().rec(bob.avatar)?.location, undefined);
    const lab = tx().rec(bob.avatar)?.location;
    assert.deepEqual(await bob.type("open west"), ["The door is open."]);
    assert.deepEqual(await bob.type("open west"), ["The door is already open."]);
    assert.equal((await bob.type("west"))[1], "You arrive at Vault.");
    assert.notEqual(tx().rec(bob.avatar)?.location, lab);
    await bob.type("home");
    assert.deepEqual(await bob.type("open sideways"), ["There is no exit called sideways here."]);
    assert.deepEqual(await bob.type("open box"), ["Box is already open."]);
  });

  test("doors: lock, unlock, key expressions, who may lock, autolock", async () => {
    assert.deepEqual(await bob.type("lock west"), ["You can't lock that door."]);
    assert.deepEqual(await ann.type("lock west"), ["The door is locked."]);
    assert.deepEqual(await ann.type("lock west"), ["The door is already locked."]);
    assert.deepEqual(await bob.type("west"), ["You can't go that way."]);
    assert.deepEqual(ann.heard().at(-1), "Bob can't go that way.");
    assert.deepEqual(await ann.type("west"), ["You can't go that way."], "a plain lock stops everyone");
    assert.deepEqual(await bob.type("unlock west"), ["You can't unlock that door."]);
    assert.deepEqual(await ann.type("unlock west"), ["The door is unlocked."]);
    assert.deepEqual(await ann.type("unlock west"), ["The door is not locked."]);
    assert.deepEqual(await ann.type("lock west with &&"), ["That doesn't look like a valid key expression."]);
    assert.deepEqual(await ann.type("lock west with me"), ["The door is locked."]);
    assert.equal((await ann.type("west"))[1], "You arrive at Vault.", "Ann passes her own key");
    await ann.type("home");
    assert.deepEqual(await bob.type("west"), ["You can't go that way."]);
    assert.deepEqual(await bob.type("close west"), ["The door is closed."]);
    assert.deepEqual(await ann.type("open west"), ["The door is open."]);
    await ann.type("unlock west");
    await ann.type("@set autolock on west to true");
    await ann.type("close west");
    assert.deepEqual(await bob.type("open west"), ["The door is locked."], "autolock locked it on closing");
    assert.deepEqual(await ann.type("unlock west"), ["The door is unlocked."]);
    assert.deepEqual(await bob.type("open west"), ["The door is open."]);
  });

  test("@lock on a thing: only those passing the key can take it", async () => {
    const statue = await created(ann, "@create statue");
    await ann.type("drop statue");
    assert.match((await ann.type("@lock statue with me"))[0] ?? "", /^Locked statue \(#\d+\) with Ann \(#\d+\)\.$/);
    assert.deepEqual(await bob.type("take statue"), ["You can't pick that up."]);
    assert.deepEqual(await ann.type("take statue"), ["You take statue."]);
    await ann.type("drop statue");
    assert.match((await ann.type("@unlock statue"))[0] ?? "", /^Unlocked statue/);
    assert.match((await ann.type("@unlock statue"))[0] ?? "", /is not locked\.$/);
    assert.deepEqual(await bob.type("take statue"), ["You take statue."]);
    assert.equal(tx().rec(statue)?.location, bob.avatar);
    assert.deepEqual(
      await bob.type("@lock statue with me"),
      ["Huh? I don't understand that command."],
      "@lock is a builder command",
    );
  });

  test("a room's lock keeps out those who don't pass it", async () => {
    await ann.type("@lock Vault with me");
    assert.deepEqual(await bob.type("west"), ["You can't go that way."]);
    await ann.type("@unlock Vault");
    assert.equal((await bob.type("west"))[1], "You arrive at Vault.");
    await bob.type("home");
  });
});
