/**
 * The furniture, note, letter, book and bulletin-board classes of the default world (spec §9.3).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Harness, startHarness, type TestPlayer } from "../helpers/world-harness.js";

describe("furniture, notes, letters, books and boards", () => {
  let h: Harness;
  let ann: TestPlayer;
  let bob: TestPlayer;
  const tx = () => h.game.world.begin();

  before(async () => {
    h = await startHarness();
    ann = await h.newPlayer("Ann", { builder: true });
    bob = await h.newPlayer("Bob");
    ann.heard();
    bob.heard();
  });
  after(async () => {
    await h.close();
  });

  test("furniture: sit, stand, can't be carried off", async () => {
    await ann.type("@create couch from $furniture");
    await ann.type("drop couch");
    assert.deepEqual(await bob.type("take couch"), ["It's not possible to move something like this."]);
    assert.deepEqual(ann.heard(), ["Bob tries to pick up couch, but it won't budge."]);
    assert.deepEqual(await bob.type("stand"), ["You are already standing."]);
    assert.deepEqual(await bob.type("sit couch"), ["You sit on couch."]);
    assert.deepEqual(ann.heard(), ["Bob sits on couch."]);
    assert.deepEqual(await bob.type("sit couch"), ["You are already sitting on couch."]);
    await ann.type("@create chair from $furniture");
    await ann.type("drop chair");
    assert.deepEqual(await bob.type("sit chair"), ["You're already sitting down."]);
    assert.deepEqual(await bob.type("stand chair"), ["You aren't sitting on chair."]);
    assert.deepEqual(await bob.type("stand"), ["You stand up from couch."]);
    assert.deepEqual(ann.heard(), ["Bob stands up from couch."]);
    assert.equal(tx().getProp(bob.avatar, bob.avatar, "seated_on"), null);
  });

  test("notes: write with @edit, read, read locks, erase by the owner only", async () => {
    await ann.type("@create memo from $note");
    assert.deepEqual(await ann.type("read memo"), ["Memo is blank."]);
    assert.deepEqual(await ann.type('@edit memo with "hello\\nworld"'), ['Memo now reads: "hello', 'world"']);
    assert.deepEqual(await ann.type("read memo"), ['"hello', 'world"']);
    await ann.type("drop memo");
    assert.deepEqual(await bob.type("read memo"), ['"hello', 'world"']);
    assert.deepEqual(await bob.type('@edit memo with "mine"'), ["You don't have permission to edit this note."]);
    assert.match(
      (await ann.type("@lock_for_read memo with me"))[0] ?? "",
      /^Locked memo \(#\d+\) for reading with Ann/,
    );
    assert.deepEqual(await bob.type("read memo"), ["You can't make out what is written on memo."]);
    assert.deepEqual(await ann.type("r memo"), ['"hello', 'world"']);
    assert.match((await ann.type("@unlock_for_read memo"))[0] ?? "", /^Unlocked memo/);
    assert.deepEqual(await bob.type("erase memo"), ["You can't erase memo: it isn't yours."]);
    assert.deepEqual(await ann.type("erase memo"), ["Memo has been erased."]);
    assert.equal((await bob.type("read memo"))[0], "Memo is blank.");
  });

  test("letters burn if you can read them", async () => {
    await ann.type("@create letter from $letter");
    await ann.type('@edit letter with "burn after reading"');
    await ann.type("@lock_for_read letter with me");
    await ann.type("drop letter");
    assert.deepEqual(await bob.type("burn letter"), ["Letter might be damp, in any case it won't burn."]);
    assert.deepEqual(await ann.type("burn letter"), ["Letter burns with a smokeless flame, and leaves no ash."]);
    assert.deepEqual(bob.heard().at(-1), "Ann stares at letter and it catches alight.");
    assert.deepEqual(await bob.type("read letter"), ['There is no "letter" here.']);
  });

  test("books: write about rooms, under topics; read the index and entries; erase", async () => {
    await ann.type("@create ledger from $book");
    await ann.type("drop ledger");
    assert.deepEqual(await bob.type("read ledger"), ["The book is empty."]);
    const here = `#${tx().rec(bob.avatar)?.location}`;
    assert.deepEqual(await bob.type('write in ledger with "a fine lab"'), [`You write in ledger about ${here}.`]);
    assert.deepEqual(await ann.type('write in ledger with "#1: the system"'), ["You write in ledger about #1."]);
    assert.deepEqual(await ann.type('write in ledger under ghosts with "boo"'), [
      `You write in ledger under "ghosts" about ${here}.`,
    ]);
    assert.deepEqual(await bob.type("read ledger"), ["#1: [Ann] the system", `${here}: [Bob] a fine lab`]);
    assert.deepEqual(await bob.type("read ledger under ghosts"), [`${here}: [Ann] boo`]);
    assert.deepEqual(await bob.type(`read ledger from ${here}`), [`${here}:`, "  [Bob] a fine lab"]);
    assert.deepEqual(await bob.type("read ledger from #999"), ["Nothing is written about #999."]);
    assert.deepEqual(await bob.type("erase ledger under ghosts"), ["You can't erase ledger: it isn't yours."]);
    assert.deepEqual(await ann.type("erase ledger under ghosts"), ["Erased 1 entry from ledger."]);
    assert.deepEqual(await ann.type("erase ledger from #1"), ["Erased 1 entry from ledger."]);
    assert.deepEqual(await bob.type("read ledger"), [`${here}: [Bob] a fine lab`]);
  });

  test("bulletin boards: post, post under a topic (replacing it), read, erase", async () => {
    await ann.type("@create board from $bulletin_board");
    await ann.type("drop board");
    assert.deepEqual(await bob.type("read board"), ["The board is blank."]);
    assert.deepEqual(await bob.type('post on board with "hello all"'), ["You post on board."]);
    assert.deepEqual(ann.heard().at(-1), "Bob posts something on board.");
    await bob.type('post on board under rules with "be nice"');
    await ann.type('post on board under rules with "be kind"');
    assert.deepEqual(await bob.type("read board"), ["1. Bob: hello all", "[rules] Ann: be kind"]);
    assert.deepEqual(await bob.type("read board under rules"), ["[rules] Ann: be kind"]);
    assert.deepEqual(await bob.type("erase board"), ["You can't erase board: it isn't yours."]);
    assert.deepEqual(await ann.type("erase board under rules"), ['You erase "rules" from board.']);
    assert.deepEqual(await ann.type("erase board"), ["You wipe board clean."]);
    assert.deepEqual(await bob.type("read board"), ["The board is blank."]);
  });
});
