import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { UserError } from "../core/errors.js";
import { DONT_UNDERSTAND, type ParsedCommand, parseCommand } from "./command.js";
import { UNMATCHED_QUOTE } from "./lexer.js";

function parse(line: string): ParsedCommand {
  const command = parseCommand(line);
  assert.ok(command, `parsed ${line}`);
  return command;
}

describe("verb, words and argstr", () => {
  test("verb only", () => {
    assert.deepEqual(parse("look"), {
      verb: "look",
      words: [],
      argstr: "",
      dobjstr: "",
      phrases: [],
      prep: "",
      prepstr: "",
      iobjstr: "",
      typedPreps: [],
      raw: false,
    });
  });

  test("argstr keeps the raw text (quotes, spacing) after the verb", () => {
    const c = parse('  @describe  me as  "a tall  person"  ');
    assert.equal(c.verb, "@describe");
    assert.equal(c.argstr, 'me as  "a tall  person"');
    assert.deepEqual(c.words, ["me", "as", "a tall  person"]);
    assert.equal(c.dobjstr, "me");
    assert.deepEqual(c.phrases, [{ prep: "as", prepstr: "as", objstr: "a tall  person" }]);
  });

  test("a quoted verb word", () => {
    assert.equal(parse("'look' here").verb, "look");
  });

  test("blank command", () => {
    assert.equal(parseCommand("   "), null);
  });

  test("empty verb word", () => {
    assert.throws(() => parseCommand("'' ball"), { message: DONT_UNDERSTAND });
  });
});

describe("phrases", () => {
  const cases: [string, string, [string, string][]][] = [
    ["take ball", "ball", []],
    ["put ball in box", "ball", [["in", "box"]]],
    ["put the red ball into the big box", "the red ball", [["in", "the big box"]]],
    ["look at me", "", [["at", "me"]]],
    [
      "read book under magic from #12",
      "book",
      [
        ["under", "magic"],
        ["from", "#12"],
      ],
    ],
    [
      "put ball in box in bag",
      "ball",
      [
        ["in", "box"],
        ["in", "bag"],
      ],
    ],
    // A preposition with no following object is discarded.
    ["look up", "", []],
    ["put ball in", "ball", []],
    ["put ball in on box", "ball", [["on", "box"]]],
    ['put ball in ""', "ball", []],
    // Quoted words are never prepositions.
    ['put "in" in box', "in", [["in", "box"]]],
    ['@rename me to "Bob the Builder with hat"', "me", [["at", "Bob the Builder with hat"]]],
    ["take \\in box", "\\in box", []],
    ["PUT Ball IN Box", "Ball", [["in", "Box"]]],
  ];
  for (const [line, dobjstr, phrases] of cases) {
    test(line, () => {
      const c = parse(line);
      assert.equal(c.dobjstr, dobjstr);
      assert.deepEqual(
        c.phrases.map((p) => [p.prep, p.objstr]),
        phrases,
      );
    });
  }

  test("prepstr is the preposition as typed; prep/iobjstr describe the first phrase", () => {
    const c = parse("put ball Into box with tongs");
    assert.equal(c.prepstr, "Into");
    assert.equal(c.prep, "in");
    assert.equal(c.iobjstr, "box");
    assert.equal(c.phrases[1]?.prep, "with");
  });
});

describe("special first characters", () => {
  test('"text → say', () => {
    const c = parse('"Hello, world then bye');
    assert.equal(c.verb, "say");
    assert.equal(c.argstr, "Hello, world then bye");
    assert.deepEqual(c.words, ["Hello,", "world", "then", "bye"]);
  });

  test('" with an unmatched quote inside is fine', () => {
    const c = parse('"it is 5" long');
    assert.equal(c.verb, "say");
    assert.equal(c.argstr, 'it is 5" long');
  });

  test(":text → emote", () => {
    const c = parse(":waves at everyone.");
    assert.equal(c.verb, "emote");
    assert.equal(c.argstr, "waves at everyone.");
  });

  test(";code → @eval, raw", () => {
    const code = `player.name = "a \\"b\\""; x in [1, 2]; 'y'`;
    const c = parse(`;${code}`);
    assert.equal(c.verb, "@eval");
    assert.equal(c.argstr, code);
    assert.equal(c.dobjstr, code);
    assert.deepEqual(c.phrases, []);
    assert.equal(c.raw, true);
  });

  test(";with an unmatched quote", () => {
    assert.equal(parse(';print("hi)').argstr, 'print("hi)');
  });

  test("the shortcut with leading spaces after it", () => {
    assert.equal(parse('"   hi').argstr, "hi");
  });
});

describe("unmatched quotes", () => {
  test("outside free text → error", () => {
    assert.throws(
      () => parseCommand('put "ball in box'),
      (e: unknown) => e instanceof UserError && e.message === UNMATCHED_QUOTE,
    );
  });

  test("free-text verbs are lexed leniently", () => {
    assert.equal(parse('say it is 5" long').argstr, 'it is 5" long');
    assert.equal(parse('SAY "hi').verb, "SAY");
    assert.equal(parse('emote says "hi').argstr, 'says "hi');
  });

  test("the free-text verb list is configurable", () => {
    assert.equal(parseCommand('page bob "hi', { freeTextVerbs: ["page"] })?.verb, "page");
    assert.throws(() => parseCommand('say "hi', { freeTextVerbs: [] }), { message: UNMATCHED_QUOTE });
  });
});

describe("default-world syntax (spec §9.8)", () => {
  const cases: [string, string, string, [string, string][]][] = [
    ["look", "look", "", []],
    ["look at red ball", "look", "", [["at", "red ball"]]],
    ["look in box", "look", "", [["in", "box"]]],
    ["look under table", "look", "", [["under", "table"]]],
    ["look behind curtain", "look", "", [["behind", "curtain"]]],
    ["look in front of door", "look", "", [["before", "door"]]],
    ["look next to door", "look", "", [["beside", "door"]]],
    ["look over wall", "look", "", [["over", "wall"]]],
    ["look through north door", "look", "", [["through", "north door"]]],
    ["take spoon from table", "take", "spoon", [["from", "table"]]],
    ["put ball in box", "put", "ball", [["in", "box"]]],
    ["place vase on top of table", "place", "vase", [["on", "table"]]],
    ["place note underneath rug", "place", "note", [["under", "rug"]]],
    [
      "read book under magic from #12",
      "read",
      "book",
      [
        ["under", "magic"],
        ["from", "#12"],
      ],
    ],
    [
      'write in book under spells with "#3: hello there"',
      "write",
      "",
      [
        ["in", "book"],
        ["under", "spells"],
        ["with", "#3: hello there"],
      ],
    ],
    ["give apple to Bill", "give", "apple", [["at", "Bill"]]],
    ["page Bill with hello there", "page", "Bill", [["with", "hello there"]]],
    ["whisper hi there to Bill", "whisper", "hi there", [["at", "Bill"]]],
    ["@gag Bill", "@gag", "Bill", []],
    ["@paranoid 1", "@paranoid", "1", []],
    ["@show look on me", "@show", "look", [["on", "me"]]],
    ["@add_parent $thing to ball", "@add_parent", "$thing", [["at", "ball"]]],
    ["@remove_parent $thing from ball", "@remove_parent", "$thing", [["from", "ball"]]],
    [
      "@create widget from $thing in void",
      "@create",
      "widget",
      [
        ["from", "$thing"],
        ["in", "void"],
      ],
    ],
    ['@dig north to "Secret Room"', "@dig", "north", [["at", "Secret Room"]]],
    [
      "@tunnel north to Hall through door",
      "@tunnel",
      "north",
      [
        ["at", "Hall"],
        ["through", "door"],
      ],
    ],
    ['@describe me as "a tall person"', "@describe", "me", [["as", "a tall person"]]],
    ['@alias ball as "orb"', "@alias", "ball", [["as", "orb"]]],
    ['@lock door with "key && !bomb"', "@lock", "door", [["with", "key && !bomb"]]],
    ["@opacity box is 0", "@opacity", "box", [["is", "0"]]],
    [
      '@set color on ball to "red"',
      "@set",
      "color",
      [
        ["on", "ball"],
        ["at", "red"],
      ],
    ],
    ["@move ball to #5", "@move", "ball", [["at", "#5"]]],
    [
      '@edit verb look on $room with "line1\\nline2"',
      "@edit",
      "verb look",
      [
        ["on", "$room"],
        ["with", "line1\\nline2"],
      ],
    ],
    ["go north east", "go", "north east", []],
    // `on` with nothing after it is dropped; the verb reads its words.
    ["a11y quiet on", "a11y", "quiet", []],
    ["@eval 1 + 1", "@eval", "1 + 1", []],
  ];
  for (const [line, verb, dobjstr, phrases] of cases) {
    test(line, () => {
      const c = parse(line);
      assert.equal(c.verb, verb);
      assert.equal(c.dobjstr, dobjstr);
      assert.deepEqual(
        c.phrases.map((p) => [p.prep, p.objstr]),
        phrases,
      );
    });
  }

  test("a11y quiet on keeps its words", () => assert.deepEqual(parse("a11y quiet on").words, ["quiet", "on"]));
});
