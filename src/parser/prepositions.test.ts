import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseCommand } from "./command.js";
import {
  canonicalPrep,
  HIDDEN_PLACEMENT_PREPS,
  isCanonicalPrep,
  matchPrepAt,
  PLACEMENT_PREPS,
  PREPOSITION_GROUPS,
} from "./prepositions.js";

/** Spec §3.2, written out independently of the implementation's table. */
const TABLE: [string, string[]][] = [
  ["with", ["using"]],
  ["at", ["to"]],
  ["before", ["in front of"]],
  ["in", ["inside", "into", "within"]],
  ["on", ["onto", "upon", "above", "on top of"]],
  ["from", ["out of", "from inside"]],
  ["over", []],
  ["through", []],
  ["under", ["underneath", "beneath", "below"]],
  ["around", ["round"]],
  ["between", ["among"]],
  ["behind", ["past"]],
  ["beside", ["by", "near", "next to", "along"]],
  ["for", ["about"]],
  ["is", []],
  ["as", []],
  ["off", ["off of"]],
  ["up", []],
  ["down", []],
];

describe("preposition table", () => {
  test("has the 19 groups of §3.2, canonical word first", () => {
    assert.equal(PREPOSITION_GROUPS.length, 19);
    assert.deepEqual(
      PREPOSITION_GROUPS.map((g) => [g[0], g.slice(1)]),
      TABLE,
    );
  });

  test("of is not a preposition", () => {
    assert.equal(canonicalPrep("of"), null);
    assert.deepEqual(parseCommand("take piece of cake")?.phrases, []);
  });

  test("placement sets", () => {
    assert.deepEqual([...PLACEMENT_PREPS].sort(), ["before", "behind", "beside", "on", "over", "under"]);
    assert.deepEqual([...HIDDEN_PLACEMENT_PREPS].sort(), ["behind", "under"]);
  });

  test("isCanonicalPrep", () => {
    assert.equal(isCanonicalPrep("in"), true);
    assert.equal(isCanonicalPrep("into"), false);
  });

  test("matchPrepAt prefers the longest unit and honours eligibility", () => {
    const words = ["on", "top", "of", "box"];
    assert.deepEqual(matchPrepAt(words, 0), { prep: "on", length: 3 });
    assert.deepEqual(
      matchPrepAt(words, 0, (i) => i !== 2),
      { prep: "on", length: 1 },
    );
    assert.equal(matchPrepAt(words, 3), null);
  });
});

describe("every synonym normalises to its canonical preposition", () => {
  for (const [canonical, synonyms] of TABLE) {
    for (const word of [canonical, ...synonyms]) {
      test(`${word} → ${canonical}`, () => {
        assert.equal(canonicalPrep(word), canonical);
        assert.equal(canonicalPrep(word.toUpperCase()), canonical, "case-insensitive");
        const command = parseCommand(`frob the widget ${word} the gadget`);
        assert.ok(command);
        assert.equal(command.dobjstr, "the widget");
        assert.deepEqual(command.phrases, [{ prep: canonical, prepstr: word, objstr: "the gadget" }]);
        assert.equal(command.prep, canonical);
        assert.equal(command.prepstr, word);
        assert.equal(command.iobjstr, "the gadget");
      });
    }
  }
});

describe("multi-word prepositions match as units", () => {
  const cases: [string, string, string, string][] = [
    ["put ball on top of box", "ball", "on", "box"],
    ["hide key in front of door", "key", "before", "door"],
    ["take coin out of purse", "coin", "from", "purse"],
    ["take coin from inside purse", "coin", "from", "purse"],
    ["take hat off of peg", "hat", "off", "peg"],
    ["stand next to tree", "", "beside", "tree"],
    ["put cup On  Top   Of table", "cup", "on", "table"],
  ];
  for (const [line, dobjstr, prep, objstr] of cases) {
    test(line, () => {
      const command = parseCommand(line);
      assert.ok(command);
      assert.equal(command.dobjstr, dobjstr);
      assert.equal(command.phrases.length, 1);
      assert.equal(command.phrases[0]?.prep, prep);
      assert.equal(command.phrases[0]?.objstr, objstr);
    });
  }

  test("a word that merely starts a unit still works alone", () => {
    const command = parseCommand("put ball on top");
    assert.deepEqual(command?.phrases, [{ prep: "on", prepstr: "on", objstr: "top" }]);
  });
});
