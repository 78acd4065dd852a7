import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { UserError } from "../core/errors.js";
import { lexTokens, lexWords, scanTokens, UNMATCHED_QUOTE } from "./lexer.js";

describe("lexWords", () => {
  const cases: [string, string[]][] = [
    ["", []],
    ["   ", []],
    ["look", ["look"]],
    ["  take   red\tball  ", ["take", "red", "ball"]],
    ['say "hello world"', ["say", "hello world"]],
    ["say 'hello world'", ["say", "hello world"]],
    ['foo"bar baz"qux', ["foobar bazqux"]],
    ['a "" b', ["a", "", "b"]],
    ["a '' b", ["a", "", "b"]],
    ['say "she said \\"hi\\""', ["say", 'she said "hi"']],
    ["say 'it\\'s'", ["say", "it's"]],
    ['x \\"y', ["x", '"y']],
    ["foo\\ bar", ["foo bar"]],
    ["back\\\\slash", ["back\\slash"]],
    ["trailing\\", ["trailing\\"]],
    // Other backslashes are kept for the verb to interpret.
    ['with "line 1\\nline 2"', ["with", "line 1\\nline 2"]],
    ["C:\\dir\\file", ["C:\\dir\\file"]],
    ["'a\\tb'", ["a\\tb"]],
    // Apostrophes inside or at the end of words are not quotes.
    ["give Bill's spoon", ["give", "Bill's", "spoon"]],
    ["I don't know", ["I", "don't", "know"]],
    ["take boys' ball", ["take", "boys'", "ball"]],
    ["say 'tis true", ["say", "'tis", "true"]],
    ["say 'Bill's hat' now", ["say", "Bill's hat", "now"]],
    ["look 'north';", ["look", "north;"]],
    ['say "it\'s" \'a "b"\'', ["say", "it's", 'a "b"']],
    ["unicode ünïcødé 名前", ["unicode", "ünïcødé", "名前"]],
  ];
  for (const [line, words] of cases) {
    test(JSON.stringify(line), () => assert.deepEqual(lexWords(line), words));
  }
});

describe("unmatched quotes", () => {
  for (const line of ['say "hello', 'put "ball in box', '"', 'a b"c', 'x "y\\"']) {
    test(JSON.stringify(line), () => {
      assert.throws(
        () => lexWords(line),
        (e: unknown) => e instanceof UserError && e.message === UNMATCHED_QUOTE,
      );
      assert.equal(scanTokens(line).unmatchedQuote, true);
    });
  }

  test("lenient mode runs the quote to the end of the line", () => {
    assert.deepEqual(lexWords('say "hello there', true), ["say", "hello there"]);
  });

  test("a lone single quote is never an error", () => {
    assert.deepEqual(lexWords("' x"), ["'", "x"]);
    assert.deepEqual(lexWords("x ' y"), ["x", "'", "y"]);
    assert.deepEqual(lexWords("x 'y"), ["x", "'y"]);
  });
});

describe("tokens", () => {
  test("offsets and quoted flags", () => {
    const tokens = lexTokens('put "in" in box');
    assert.deepEqual(
      tokens.map((t) => [t.text, t.start, t.end, t.quoted]),
      [
        ["put", 0, 3, false],
        ["in", 4, 8, true],
        ["in", 9, 11, false],
        ["box", 12, 15, false],
      ],
    );
  });

  test("an escaped word is quoted", () => {
    assert.equal(lexTokens("\\'in")[0]?.quoted, true);
    assert.equal(lexTokens("\\in")[0]?.quoted, false);
  });

  test("semicolon separators only before whitespace and a letter or @, outside brackets", () => {
    const seps = (line: string) =>
      scanTokens(line, { semicolons: true })
        .tokens.filter((t) => t.separator)
        .map((t) => t.start);
    assert.deepEqual(seps("look; north"), [4]);
    assert.deepEqual(seps("look ; @who"), [5]);
    assert.deepEqual(seps("a;b"), []);
    assert.deepEqual(seps("a; 1"), []);
    assert.deepEqual(seps("[a; b]"), []);
    assert.deepEqual(seps('"a; b"'), []);
    assert.deepEqual(seps("x; ünï"), [1]);
  });
});
