/**
 * Property tests: no input line makes the parser throw anything but a UserError with a clear message,
 * and what it returns is well-formed.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { UserError } from "../core/errors.js";
import { AMBIGUOUS_MATCH, FAILED_MATCH, NOTHING } from "../core/ids.js";
import { dispatch, explainArgs, findHuh } from "./dispatcher.js";
import { InMemoryMatchEnv } from "./in-memory-match-env.js";
import { parseLine } from "./parse-line.js";
import { isCanonicalPrep } from "./prepositions.js";
import type { ResolvedCommand } from "./resolve.js";

function world() {
  const env = new InMemoryMatchEnv();
  env.add({ name: "System Object" });
  const thing = env.add({ name: "generic thing" });
  const room = env.add({ name: "Room", aliases: ["here's"] });
  const me = env.add({ name: "Me'Lissa", aliases: ["then", "in"], location: room });
  env.add({ name: "Bill", location: room });
  for (const name of ["ball", "red ball", "ball", "box", "'quoted' thing", "\\slash", "#1"]) {
    env.add({ name, parents: [thing], location: room });
  }
  env.add({ name: "spoon", location: 4 });
  env.add({ name: "coin", location: room, placement: { prep: "under", target: 5 } });
  env.addVerb(thing, "take get", { dspec: "this" });
  env.addVerb(thing, "put", { dspec: "any", ispecs: { in: "this" } });
  env.addVerb(room, "l*ook", { dspec: "either", ispecs: { at: "any" } });
  env.addVerb(room, "say", { dspec: "any" });
  env.addVerb(room, "huh", { dspec: "either" });
  env.addVerb(me, "*", { dspec: "none", ispecs: { none: "none" } });
  env.addVerb(me, "foo*", { dspec: "any", ispecs: { any: "any" } });
  return { env, me };
}

const { env, me } = world();
/** Multiplies the number of runs: `FUZZ_RUNS=50 node --import tsx --test src/parser/fuzz.test.ts`. */
const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 1) || 1);

function checkCommand(c: ResolvedCommand): void {
  assert.equal(typeof c.verb, "string");
  assert.ok(c.verb.length > 0, "verb is never empty");
  for (const p of c.phrases) {
    assert.ok(isCanonicalPrep(p.prep), `canonical prep ${p.prep}`);
    assert.ok(p.objstr.length > 0, "bare prepositions are discarded");
  }
  for (const m of [c.dobj, ...c.resolved.map((p) => p.object)]) {
    if (m.error) {
      assert.ok(m.id === FAILED_MATCH || m.id === AMBIGUOUS_MATCH);
      assert.ok(m.error instanceof UserError && m.error.message.length > 0);
    } else {
      assert.ok(m.id === NOTHING || env.valid(m.id));
    }
  }
  const result = dispatch(c, env, me);
  if (result.kind === "fail") assert.ok(result.message.length > 0);
  const explanation = explainArgs(c, env, me);
  assert.ok(explanation === null || explanation.length > 0);
}

/** Runs a line through the whole parser; only a UserError with a message may escape parsing. */
function exercise(line: string): void {
  let commands: ResolvedCommand[];
  try {
    commands = parseLine(line, env, me);
  } catch (e) {
    assert.ok(e instanceof UserError, `only UserError may be thrown, got ${String(e)}`);
    assert.ok(e.message.length > 0);
    return;
  }
  commands.forEach(checkCommand);
  findHuh(env, me);
}

const INTERESTING = [
  '"',
  "'",
  "\\",
  "\\\\",
  ";",
  "; ",
  ":",
  ".",
  ",",
  "then",
  "THEN",
  "[",
  "]",
  "(",
  ")",
  "{",
  "}",
  "in",
  "on top of",
  "on",
  "top",
  "of",
  "in front of",
  "out",
  "from",
  "inside",
  "next to",
  "my",
  "the",
  "a",
  "an",
  "Bill's",
  "boys'",
  "'s",
  "me",
  "here",
  "#1",
  "#-1",
  "#99999999999999999999",
  "#",
  "ball",
  "red",
  "box",
  "take",
  "put",
  "look",
  "l",
  "say",
  "emote",
  "@eval",
  "foo",
  "coin",
  "\u0000",
  "\u001b[31m",
  "\u00a0",
  "\u2028",
  "\ud800",
  "名前",
  "é",
  "🙂",
];

const tokenSoup = fc
  .tuple(fc.array(fc.constantFrom(...INTERESTING), { maxLength: 40 }), fc.constantFrom(" ", "", "\t", "  "))
  .map(([tokens, sep]) => tokens.join(sep));

describe("parser never throws anything but a clear UserError", () => {
  test("random unicode strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), exercise), { numRuns: 3000 * RUNS });
  });

  test("random strings of interesting tokens", () => {
    fc.assert(fc.property(tokenSoup, exercise), { numRuns: 5000 * RUNS });
  });

  test("random ASCII with a special first character", () => {
    const line = fc
      .tuple(fc.constantFrom('"', ":", ";", "'", "\\", " "), fc.string({ unit: "binary-ascii", maxLength: 200 }))
      .map(([a, b]) => a + b);
    fc.assert(fc.property(line, exercise), { numRuns: 2000 * RUNS });
  });

  test("very long lines stay fast", () => {
    const patterns = ["'a ", "a; b ", "then ", '"x" ', "\\' ", "in ", "ball ", "[ ", "Bill's "];
    for (const p of patterns) {
      const line = `put ${p.repeat(Math.ceil(100_000 / p.length))}`;
      const started = performance.now();
      exercise(line);
      const ms = performance.now() - started;
      assert.ok(ms < 3000, `${JSON.stringify(p)} took ${ms.toFixed(0)} ms`);
    }
  });
});
