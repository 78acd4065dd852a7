import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AmbiguousMatchError, NoSuchObjectError } from "../core/errors.js";
import { AMBIGUOUS_MATCH, FAILED_MATCH, NOTHING, type ObjId } from "../core/ids.js";
import { InMemoryMatchEnv } from "./in-memory-match-env.js";
import { type MatchOptions, matchObject, splitSpecifier } from "./object-matcher.js";
import { parseLine } from "./parse-line.js";

/** A hall with the player, Bill, the boys and some things; a far-away room with a statue. */
function world() {
  const env = new InMemoryMatchEnv();
  const system = env.add({ name: "System Object" });
  const hall = env.add({ name: "Great Hall", aliases: ["hall", "lobby"] });
  const far = env.add({ name: "Far Room" });
  const me = env.add({ name: "Wizard", location: hall });
  const bill = env.add({ name: "Bill", location: hall });
  const boys = env.add({ name: "boys", location: hall });
  const ids = {
    system,
    hall,
    far,
    me,
    bill,
    boys,
    key: env.add({ name: "brass key", aliases: ["key"], location: me }),
    myBall: env.add({ name: "ball", location: me }),
    roomBall: env.add({ name: "ball", location: hall }),
    ballroomMap: env.add({ name: "ballroom map", location: me }),
    lamp: env.add({ name: "oil lamp", aliases: ["lantern"], location: hall }),
    spoon: env.add({ name: "spoon", location: bill }),
    kite: env.add({ name: "kite", location: boys }),
    rug: env.add({ name: "rug", location: hall }),
    coin: env.add({ name: "gold coin", location: hall, placement: { prep: "under", target: -1 } }),
    letter: env.add({ name: "letter", location: hall, placement: { prep: "behind", target: -1 } }),
    vase: env.add({ name: "vase", location: hall, placement: { prep: "on", target: -1 } }),
    thing: env.add({ name: "The Thing", location: hall }),
    statue: env.add({ name: "statue", location: far }),
  };
  return { env, ...ids };
}

type World = ReturnType<typeof world>;

function match(w: World, text: string, options: MatchOptions = {}) {
  return matchObject(text, w.env, w.me, options);
}

describe("pronouns and numbers", () => {
  const w = world();
  const cases: [string, (w: World) => ObjId][] = [
    ["me", (x) => x.me],
    ["ME", (x) => x.me],
    ["here", (x) => x.hall],
    ["Here", (x) => x.hall],
    ["#2", (x) => x.far],
    ["#18", (x) => x.statue], // anywhere in the world
    [" #4 ", (x) => x.bill],
  ];
  for (const [text, expected] of cases) {
    test(text, () => assert.deepEqual(match(w, text), { id: expected(w), error: null }));
  }

  test("nothing typed → NOTHING", () => assert.deepEqual(match(w, "  "), { id: NOTHING, error: null }));

  test("#N that does not exist", () => {
    const m = match(w, "#999");
    assert.equal(m.id, FAILED_MATCH);
    assert.equal(m.error?.message, "There is no '#999' here.");
  });

  test("#N that was recycled", () => {
    const x = world();
    x.env.recycle(x.statue);
    assert.equal(match(x, `#${x.statue}`).id, FAILED_MATCH);
  });
});

describe("names and aliases", () => {
  const w = world();
  const cases: [string, (w: World) => ObjId, string][] = [
    ["oil lamp", (x) => x.lamp, "exact name in the room"],
    ["OIL   Lamp", (x) => x.lamp, "case and spacing don't matter"],
    ["lantern", (x) => x.lamp, "exact alias"],
    ["key", (x) => x.key, "alias in the inventory"],
    ["ball", (x) => x.myBall, "inventory before room"],
    ["brass", (x) => x.key, "prefix of the name"],
    ["lant", (x) => x.lamp, "prefix of an alias"],
    ["lamp", (x) => x.lamp, "prefix of a word of the name"],
    ["ballr", (x) => x.ballroomMap, "prefix, unique"],
    ["great hall", (x) => x.hall, "the room's own name"],
    ["lobby", (x) => x.hall, "the room's alias"],
    ["wiz", (x) => x.me, "the player in the room"],
    ["the thing", (x) => x.thing, "a name that starts with an article"],
  ];
  for (const [text, expected, why] of cases) {
    test(`${text}: ${why}`, () => assert.deepEqual(match(w, text), { id: expected(w), error: null }));
  }

  test("exact beats partial even when the partial is in the inventory", () => {
    const x = world();
    x.env.recycle(x.myBall);
    // "ballroom map" (inventory, partial) loses to "ball" (room, exact).
    assert.equal(match(x, "ball").id, x.roomBall);
  });

  test("not found", () => {
    const m = match(w, "unicorn");
    assert.equal(m.id, FAILED_MATCH);
    assert.ok(m.error instanceof NoSuchObjectError);
    assert.equal(m.error.message, "There is no 'unicorn' here.");
  });

  test("objects elsewhere are not matched by name", () => assert.equal(match(w, "statue").id, FAILED_MATCH));

  test("recycled objects are not matched", () => {
    const x = world();
    x.env.recycle(x.lamp);
    assert.equal(match(x, "lamp").id, FAILED_MATCH);
  });
});

describe("ambiguity", () => {
  test("two partial matches in the same scope", () => {
    const w = world();
    w.env.add({ name: "red ball", location: w.hall });
    w.env.recycle(w.myBall);
    w.env.recycle(w.ballroomMap);
    const m = match(w, "bal");
    assert.equal(m.id, AMBIGUOUS_MATCH);
    assert.ok(m.error instanceof AmbiguousMatchError);
    assert.equal(m.error.message, 'When you say "bal", do you mean ball or red ball?');
  });

  test("three candidates, no stray comma", () => {
    const w = world();
    w.env.add({ name: "blue sock", location: w.hall });
    w.env.add({ name: "red sock", location: w.hall });
    w.env.add({ name: "green sock", location: w.hall });
    assert.equal(
      match(w, "sock").error?.message,
      'When you say "sock", do you mean blue sock, red sock or green sock?',
    );
  });

  test("same-named objects are told apart by number", () => {
    const w = world();
    const other = w.env.add({ name: "ball", location: w.me });
    assert.equal(
      match(w, "ball").error?.message,
      `When you say "ball", do you mean ball (#${w.myBall}) or ball (#${other})?`,
    );
  });

  test("long candidate lists are cut short", () => {
    const w = world();
    const socks = Array.from({ length: 12 }, (_, i) => w.env.add({ name: `sock ${i}`, location: w.hall }));
    assert.equal(socks.length, 12);
    assert.equal(
      match(w, "sock").error?.message,
      'When you say "sock", do you mean sock 0, sock 1, sock 2, sock 3, sock 4, sock 5, sock 6, sock 7, sock 8 or 3 others?',
    );
  });

  test("inventory and room hits do not make each other ambiguous", () => {
    const w = world();
    assert.equal(match(w, "ball").id, w.myBall);
  });
});

describe("specifiers", () => {
  test("splitSpecifier", () => {
    assert.deepEqual(splitSpecifier("my  red ball"), { kind: "my", rest: "red ball" });
    assert.deepEqual(splitSpecifier("The ball"), { kind: "article", article: "The", rest: "ball" });
    assert.deepEqual(splitSpecifier("an apple"), { kind: "article", article: "an", rest: "apple" });
    assert.deepEqual(splitSpecifier("Bill's spoon"), { kind: "possessive", owner: "Bill", rest: "spoon" });
    assert.deepEqual(splitSpecifier("Bill’s spoon"), { kind: "possessive", owner: "Bill", rest: "spoon" });
    assert.deepEqual(splitSpecifier("boys' kite"), { kind: "possessive", owner: "boys", rest: "kite" });
    assert.deepEqual(splitSpecifier("Bess's cat"), { kind: "possessive", owner: "Bess", rest: "cat" });
    assert.deepEqual(splitSpecifier("my"), { kind: "none", rest: "my" });
    assert.deepEqual(splitSpecifier("ball"), { kind: "none", rest: "ball" });
  });

  const w = world();
  const cases: [string, (w: World) => ObjId][] = [
    ["my ball", (x) => x.myBall],
    ["my key", (x) => x.key],
    ["the ball", (x) => x.myBall],
    ["a lamp", (x) => x.lamp],
    ["an oil lamp", (x) => x.lamp],
    ["Bill's spoon", (x) => x.spoon],
    ["bill's sp", (x) => x.spoon],
    ["boys' kite", (x) => x.kite],
  ];
  for (const [text, expected] of cases) {
    test(text, () => assert.deepEqual(match(w, text), { id: expected(w), error: null }));
  }

  test("my searches only the inventory", () => {
    const m = match(w, "my lamp");
    assert.equal(m.id, FAILED_MATCH);
    assert.equal(m.error?.message, "There is no 'my lamp' here.");
  });

  test("a possessive searches only the owner's inventory", () => {
    assert.equal(match(w, "Bill's ball").error?.message, "There is no 'Bill's ball' here.");
  });

  test("possessive owner absent", () => {
    assert.equal(match(w, "Zed's spoon").error?.message, "There is no 'Zed' here.");
  });

  test("possessive owner ambiguous", () => {
    const x = world();
    x.env.add({ name: "Billy", location: x.hall });
    x.env.add({ name: "Bilbo", location: x.hall });
    assert.equal(match(x, "Bil's spoon").id, AMBIGUOUS_MATCH);
  });

  test("a name with an apostrophe is found when no owner matches", () => {
    const x = world();
    const hat = x.env.add({ name: "Zed's hat", location: x.hall });
    assert.equal(match(x, "zed's hat").id, hat);
  });
});

describe("hidden placements", () => {
  const w = world();
  test("under/behind are hidden without from", () => {
    assert.equal(match(w, "gold coin").id, FAILED_MATCH);
    assert.equal(match(w, "letter").id, FAILED_MATCH);
  });
  test("visible with from", () => {
    assert.equal(match(w, "gold coin", { hasFrom: true }).id, w.coin);
    assert.equal(match(w, "letter", { hasFrom: true }).id, w.letter);
  });
  test("other placements are visible", () => assert.equal(match(w, "vase").id, w.vase));
  test("through parseLine: from as a phrase, even a bare one", () => {
    assert.equal(parseLine("take coin", w.env, w.me)[0]?.dobj.id, FAILED_MATCH);
    assert.equal(parseLine("take coin from rug", w.env, w.me)[0]?.dobj.id, w.coin);
    assert.equal(parseLine("take coin from under rug", w.env, w.me)[0]?.dobj.id, w.coin);
    assert.equal(parseLine("take coin out of rug", w.env, w.me)[0]?.dobj.id, w.coin);
  });
});

describe("resolution of a whole command", () => {
  test("dobj and every pobj, errors kept for later", () => {
    const w = world();
    const [c] = parseLine("put my ball in the lantern with unicorn", w.env, w.me);
    assert.ok(c);
    assert.equal(c.dobj.id, w.myBall);
    assert.deepEqual(
      c.resolved.map((p) => [p.prep, p.object.id]),
      [
        ["in", w.lamp],
        ["with", FAILED_MATCH],
      ],
    );
    assert.equal(c.resolved[1]?.object.error?.message, "There is no 'unicorn' here.");
    assert.equal(c.iobj, w.lamp);
  });

  test("@eval code is not matched", () => {
    const w = world();
    assert.equal(parseLine(";ball", w.env, w.me)[0]?.dobj.id, NOTHING);
  });
});
