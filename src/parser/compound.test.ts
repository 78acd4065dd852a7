import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { splitCommands } from "./compound.js";
import { UNMATCHED_QUOTE } from "./lexer.js";
import { parseCommands } from "./parse-line.js";

describe("compound commands", () => {
  const cases: [string, string[]][] = [
    ["", []],
    ["look", ["look"]],
    ["get ball then drop ball", ["get ball", "drop ball"]],
    ["get ball THEN drop ball Then look", ["get ball", "drop ball", "look"]],
    ["get ball; drop ball", ["get ball", "drop ball"]],
    ["north;  @who", ["north", "@who"]],
    ["north ; south", ["north", "south"]],
    ["a then then b", ["a", "b"]],
    ["then look then", ["look"]],
    ["then", []],
    // Not separators.
    ["look; 42", ["look; 42"]],
    ["a;b", ["a;b"]],
    ['write "x then y" on paper', ['write "x then y" on paper']],
    ["write 'x; y' on paper", ["write 'x; y' on paper"]],
    ["@set foo on me to [a; b then c]", ["@set foo on me to [a; b then c]"]],
    ["look at thenar", ["look at thenar"]],
    ["get ball, drop ball", ["get ball, drop ball"]],
    ["get ball. drop ball", ["get ball. drop ball"]],
    ["take Bill's spoon", ["take Bill's spoon"]],
    // Free text takes the rest of the line.
    ["say Hello, world", ["say Hello, world"]],
    ["say see you then; bye", ["say see you then; bye"]],
    ["emote waves. Then smiles", ["emote waves. Then smiles"]],
    ["north then say see you then", ["north", "say see you then"]],
    ['"hi then bye', ['"hi then bye']],
    [":waves; then bows", [":waves; then bows"]],
    [";x = 1; y = 2 then z", [";x = 1; y = 2 then z"]],
    ["look then ;x = 1; y", ["look", ";x = 1; y"]],
    ["drop ball then @eval 1; 2", ["drop ball", "@eval 1; 2"]],
  ];
  for (const [line, expected] of cases) {
    test(JSON.stringify(line), () => assert.deepEqual(splitCommands(line), expected));
  }

  test("each fragment is parsed on its own", () => {
    const commands = parseCommands("put ball in box then look at box; say done, then");
    assert.deepEqual(
      commands.map((c) => [c.verb, c.dobjstr, c.prep, c.iobjstr, c.argstr]),
      [
        ["put", "ball", "in", "box", "ball in box"],
        ["look", "", "at", "box", "at box"],
        ["say", "done, then", "", "", "done, then"],
      ],
    );
  });

  test("a bad fragment fails the whole line", () => {
    assert.throws(() => parseCommands('look then put "ball in box'), { message: UNMATCHED_QUOTE });
  });

  test("at most 20 commands per line by default", () => {
    assert.equal(parseCommands(Array(20).fill("look").join(" then ")).length, 20);
    assert.throws(() => parseCommands(Array(21).fill("look").join("; ")), {
      message: "Too many commands on one line (at most 20).",
    });
    assert.equal(parseCommands("a then b then c", { maxCommands: 3 }).length, 3);
  });

  test("an unmatched quote inside later free text is fine", () => {
    assert.deepEqual(
      parseCommands('look then say 5" long').map((c) => c.verb),
      ["look", "say"],
    );
  });
});

test("a line starting with '; ' is one eval command, whatever it contains", () => {
  assert.deepEqual(splitCommands('; player.set("n", 1); throw new Error("x")'), [
    '; player.set("n", 1); throw new Error("x")',
  ]);
  assert.deepEqual(splitCommands("  ;1; 2"), [";1; 2"]);
});

test("'; code' after a separator is the eval shortcut and takes the rest of the line", () => {
  assert.deepEqual(splitCommands('@create marble then ; throw new Error("x"); more'), [
    "@create marble",
    '; throw new Error("x"); more',
  ]);
});
