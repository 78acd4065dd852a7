import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ObjId } from "../core/ids.js";
import { type DispatchResult, dispatch, explainArgs, findDoCommand, findHuh, searchOrder } from "./dispatcher.js";
import { type FakeVerbArgs, InMemoryMatchEnv } from "./in-memory-match-env.js";
import type { MatchEnv, VerbCandidate } from "./match-env.js";
import { parseLine } from "./parse-line.js";

/** Classes $root → $room / $thing / $player, $thing → $container; a hall with the player, Bill and things. */
function world() {
  const env = new InMemoryMatchEnv();
  const system = env.add({ name: "System Object" });
  const root = env.add({ name: "root class" });
  const roomClass = env.add({ name: "generic room", parents: [root] });
  const thingClass = env.add({ name: "generic thing", parents: [root] });
  const playerClass = env.add({ name: "generic player", parents: [root] });
  const containerClass = env.add({ name: "generic container", parents: [thingClass] });
  const hall = env.add({ name: "hall", parents: [roomClass] });
  const me = env.add({ name: "Wizard", parents: [playerClass], location: hall });
  const bill = env.add({ name: "Bill", parents: [playerClass], location: hall });
  const key = env.add({ name: "key", parents: [thingClass], location: me });
  const ball = env.add({ name: "ball", parents: [thingClass], location: hall });
  const box = env.add({ name: "box", parents: [containerClass], location: hall });
  const far = env.add({ name: "far thing", parents: [thingClass] });
  return { env, system, root, roomClass, thingClass, playerClass, containerClass, hall, me, bill, key, ball, box, far };
}

type World = ReturnType<typeof world>;

function run(w: World, line: string, env: MatchEnv = w.env): DispatchResult {
  const [command] = parseLine(line, env, w.me);
  assert.ok(command, line);
  return dispatch(command, env, w.me);
}

/** [this, verbId] of a successful dispatch, or the failure message. */
function outcome(result: DispatchResult): [ObjId, number] | string {
  return result.kind === "verb" ? [result.this, result.verb.verbId] : result.message;
}

describe("search order", () => {
  test("player, inventory, location, dobj, each pobj", () => {
    const w = world();
    const [c] = parseLine(`put ball in box with #${w.far}`, w.env, w.me);
    assert.ok(c);
    assert.deepEqual(searchOrder(c, w.env, w.me), [w.me, w.key, w.hall, w.ball, w.box, w.far]);
  });

  test("unresolved objects are skipped", () => {
    const w = world();
    const [c] = parseLine("put unicorn in box", w.env, w.me);
    assert.ok(c);
    assert.deepEqual(searchOrder(c, w.env, w.me), [w.me, w.key, w.hall, w.box]);
  });

  // Each row: where a verb `poke` (dspec either) is defined; the last candidate in search order wins.
  const cases: [string, (keyof World)[], keyof World][] = [
    ["player only", ["playerClass"], "me"],
    ["inventory beats player", ["playerClass", "key"], "key"],
    ["location beats inventory", ["key", "hall"], "hall"],
    ["dobj beats location", ["hall", "ball"], "ball"],
    ["pobj beats dobj", ["ball", "box"], "box"],
    ["pobj beats everything", ["playerClass", "key", "hall", "ball", "box"], "box"],
  ];
  for (const [why, on, winner] of cases) {
    test(`last match wins: ${why}`, () => {
      const w = world();
      for (const o of on) w.env.addVerb(w[o] as ObjId, "poke", { dspec: "either" });
      const result = run(w, "poke ball with box");
      assert.equal(result.kind, "verb");
      assert.equal(result.kind === "verb" && result.this, w[winner]);
    });
  }

  test("this is the candidate, not the object defining the verb", () => {
    const w = world();
    const id = w.env.addVerb(w.playerClass, "@gag", { dspec: "any" });
    assert.deepEqual(outcome(run(w, "@gag Bill")), [w.bill, id]);
    const result = run(w, "@gag Bill");
    assert.equal(result.kind === "verb" && result.verb.origin, w.playerClass);
  });

  test("an object anywhere named by #N is a candidate", () => {
    const w = world();
    const id = w.env.addVerb(w.thingClass, "kick", { dspec: "this" });
    assert.deepEqual(outcome(run(w, `kick #${w.far}`)), [w.far, id]);
  });

  test("reads each candidate's verbs once (world cache, no per-verb lookups)", () => {
    const w = world();
    w.env.addVerb(w.thingClass, "poke", { dspec: "any", ispecs: { with: "any" } });
    let calls = 0;
    const counting: MatchEnv = Object.assign(Object.create(w.env) as MatchEnv, {
      verbsNamed: (id: ObjId, word: string): readonly VerbCandidate[] => {
        calls++;
        return w.env.verbsNamed(id, word);
      },
    });
    run(w, "poke ball with box", counting);
    assert.equal(calls, 5); // me, key, hall, ball, box
  });
});

describe("direct-object spec", () => {
  const cases: [string, FakeVerbArgs["dspec"], string, boolean][] = [
    ["this: the dobj is the candidate", "this", "take ball", true],
    ["this: no dobj", "this", "take", false],
    ["this: dobj is something else", "this", "take Bill", false],
    ["none: nothing typed", "none", "take", true],
    ["none: something typed", "none", "take ball", false],
    ["any: something typed", "any", "take ball", true],
    ["any: typed but not found still fits", "any", "take unicorn", true],
    ["any: nothing typed", "any", "take", false],
    ["either: nothing typed", "either", "take", true],
    ["either: something typed", "either", "take unicorn", true],
  ];
  for (const [why, dspec, line, fits] of cases) {
    test(why, () => {
      const w = world();
      // On the ball, so `this` can only fit when the ball is the dobj; the others fit through the ball too.
      w.env.addVerb(w.ball, "take", { dspec });
      w.env.addVerb(w.hall, "take", dspec === "this" ? { dspec: "this" } : { dspec });
      assert.equal(run(w, line).kind === "verb", fits);
    });
  }

  test("a dspec-this verb on the class runs on the object typed", () => {
    const w = world();
    const id = w.env.addVerb(w.thingClass, "take get", { dspec: "this" });
    assert.deepEqual(outcome(run(w, "get ball")), [w.ball, id]);
    assert.deepEqual(outcome(run(w, "take box")), [w.box, id]);
    assert.deepEqual(outcome(run(w, "take key")), [w.key, id]);
  });
});

describe("indirect-object specs", () => {
  test("prep this: the pobj must be the candidate", () => {
    const w = world();
    const id = w.env.addVerb(w.containerClass, "put", { dspec: "any", ispecs: { in: "this" } });
    assert.deepEqual(outcome(run(w, "put ball in box")), [w.box, id]);
    assert.deepEqual(outcome(run(w, "put ball into box")), [w.box, id], "synonyms are canonical");
    assert.equal(run(w, "put box in ball").kind, "fail");
  });

  test("permissive: a declared prep that is absent does not reject", () => {
    const w = world();
    const id = w.env.addVerb(w.hall, "look", { dspec: "either", ispecs: { at: "any" } });
    assert.deepEqual(outcome(run(w, "look")), [w.hall, id]);
    assert.deepEqual(outcome(run(w, "look at ball")), [w.hall, id]);
  });

  test("spec any/none do not constrain the pobj", () => {
    const w = world();
    const id = w.env.addVerb(w.hall, "wave", { dspec: "either", ispecs: { at: "none" } });
    assert.deepEqual(outcome(run(w, "wave at unicorn")), [w.hall, id]);
  });

  test("declared synonym in an ispec is canonicalised", () => {
    const w = world();
    const id = w.env.addVerb(w.containerClass, "put", { dspec: "any", ispecs: { into: "this" } });
    assert.deepEqual(outcome(run(w, "put ball inside box")), [w.box, id]);
  });

  test("prep any: matches any present prep; with this, one pobj must be the candidate", () => {
    const w = world();
    const id = w.env.addVerb(w.containerClass, "shove", { dspec: "any", ispecs: { any: "this" } });
    assert.deepEqual(outcome(run(w, "shove ball under box")), [w.box, id]);
    assert.deepEqual(outcome(run(w, "shove ball behind box")), [w.box, id]);
    assert.equal(run(w, "shove box under ball").kind, "fail");
  });

  test("prep none: rejects any prepositional phrase", () => {
    const w = world();
    const id = w.env.addVerb(w.hall, "sing", { dspec: "either", ispecs: { none: "none" } });
    assert.deepEqual(outcome(run(w, "sing")), [w.hall, id]);
    assert.deepEqual(outcome(run(w, "sing loudly")), [w.hall, id]);
    assert.equal(run(w, "sing to Bill").kind, "fail");
  });

  test("the same prep twice: any of its objects may be the candidate", () => {
    const w = world();
    const id = w.env.addVerb(w.containerClass, "put", { dspec: "any", ispecs: { in: "this" } });
    assert.deepEqual(outcome(run(w, "put key in ball in box")), [w.box, id]);
  });
});

describe("same-candidate tie-break", () => {
  test("most declared preps matched", () => {
    const w = world();
    w.env.addVerb(w.hall, "look", { dspec: "either" });
    const at = w.env.addVerb(w.hall, "look", { dspec: "either", ispecs: { at: "any" } });
    assert.deepEqual(outcome(run(w, "look at ball")), [w.hall, at]);
  });

  test("then fewest declared but absent", () => {
    const w = world();
    w.env.addVerb(w.hall, "look", { dspec: "either", ispecs: { at: "any", in: "any" } });
    const plain = w.env.addVerb(w.hall, "look", { dspec: "either" });
    const at = w.env.addVerb(w.hall, "look", { dspec: "either", ispecs: { at: "any" } });
    assert.deepEqual(outcome(run(w, "look")), [w.hall, plain]);
    assert.deepEqual(outcome(run(w, "look at ball")), [w.hall, at]);
  });

  test("then shallowest definition", () => {
    const w = world();
    w.env.addVerb(w.roomClass, "look", { dspec: "either" });
    const own = w.env.addVerb(w.hall, "look", { dspec: "either" });
    assert.deepEqual(outcome(run(w, "look")), [w.hall, own]);
  });

  test("then lowest ancestor order", () => {
    const w = world();
    const mixinA = w.env.add({ name: "mixin a" });
    const mixinB = w.env.add({ name: "mixin b" });
    const hall2 = w.env.add({ name: "annex", parents: [mixinB, mixinA] });
    w.env.move(w.me, hall2);
    w.env.addVerb(mixinA, "hum", { dspec: "either" });
    const fromB = w.env.addVerb(mixinB, "hum", { dspec: "either" });
    assert.deepEqual(outcome(run(w, "hum")), [hall2, fromB]);
  });

  test("then lowest verb id", () => {
    const w = world();
    const first = w.env.addVerb(w.hall, "hum", { dspec: "either" });
    w.env.addVerb(w.hall, "hum", { dspec: "either" });
    assert.deepEqual(outcome(run(w, "hum")), [w.hall, first]);
  });
});

describe("verb names", () => {
  const cases: [string, string, boolean][] = [
    ["l*ook", "l", true],
    ["l*ook", "lo", true],
    ["l*ook", "look", true],
    ["l*ook", "LOOK", true],
    ["l*ook", "looks", false],
    ["l*ook", "lk", false],
    ["foo*", "foobar", true],
    ["foo*", "fo", false],
    ["*", "anything", true],
    ["take get", "get", true],
    ["@desc*ribe", "@desc", true],
    ["@desc*ribe", "@des", false],
  ];
  for (const [names, word, fits] of cases) {
    test(`${names} ${fits ? "matches" : "does not match"} ${word}`, () => {
      const w = world();
      w.env.addVerb(w.hall, names, { dspec: "either" });
      assert.equal(run(w, word).kind === "verb", fits);
    });
  }
});

describe("failure", () => {
  test("dobj typed, not found, verb exists somewhere → no such object", () => {
    const w = world();
    w.env.addVerb(w.thingClass, "take", { dspec: "this" });
    const result = run(w, "take lunch");
    assert.equal(result.kind, "fail");
    assert.equal(result.kind === "fail" && result.reason, "no-object");
    assert.equal(outcome(result), "There is no 'lunch' here.");
  });

  test("the verb existing anywhere is enough", () => {
    const w = world();
    w.env.addVerb(w.far, "frobnicate", { dspec: "this" });
    assert.equal(outcome(run(w, "frobnicate lunch")), "There is no 'lunch' here.");
  });

  test("dobj ambiguous → the ambiguity message", () => {
    const w = world();
    w.env.addVerb(w.thingClass, "take", { dspec: "this" });
    w.env.add({ name: "blue ball", location: w.hall });
    w.env.add({ name: "blue box", location: w.hall });
    const result = run(w, "take blue");
    assert.equal(result.kind === "fail" && result.reason, "ambiguous");
    assert.equal(outcome(result), 'When you say "blue", do you mean blue ball or blue box?');
  });

  test("no verb of that name anywhere", () => {
    const w = world();
    assert.equal(outcome(run(w, "xyzzy")), "I don't know how to do that.");
    assert.equal(outcome(run(w, "xyzzy lunch")), "I don't know how to do that.");
  });

  test("verb exists but arguments do not fit and the dobj resolved", () => {
    const w = world();
    w.env.addVerb(w.hall, "news", { dspec: "none" });
    const result = run(w, "news ball");
    assert.equal(result.kind === "fail" && result.reason, "no-verb");
    assert.equal(outcome(result), "I don't know how to do that.");
  });
});

describe("explainArgs", () => {
  const explain = (w: World, line: string) => {
    const [c] = parseLine(line, w.env, w.me);
    assert.ok(c);
    return explainArgs(c, w.env, w.me);
  };

  test("doesn't take a direct object", () => {
    const w = world();
    w.env.addVerb(w.playerClass, "news", { dspec: "none" });
    assert.equal(explain(w, "news ball"), 'The verb "news" doesn\'t take a direct object.');
  });

  test("requires a direct object, with the full verb name", () => {
    const w = world();
    w.env.addVerb(w.thingClass, "ex*amine", { dspec: "this" });
    w.env.addVerb(w.hall, "ex*amine", { dspec: "any" });
    assert.equal(explain(w, "exa"), 'The verb "examine" requires a direct object.');
  });

  test("nothing to explain", () => {
    const w = world();
    w.env.addVerb(w.hall, "look", { dspec: "either" });
    assert.equal(explain(w, "look"), null);
    assert.equal(explain(w, "xyzzy ball"), null);
  });
});

describe("hooks", () => {
  test("findHuh: the room's huh verb", () => {
    const w = world();
    assert.equal(findHuh(w.env, w.me), null);
    const id = w.env.addVerb(w.roomClass, "huh", { dspec: "either" });
    const huh = findHuh(w.env, w.me);
    assert.equal(huh?.this, w.hall);
    assert.equal(huh?.verb.verbId, id);
  });

  test("findHuh: a player nowhere", () => {
    const w = world();
    w.env.move(w.me, -1);
    assert.equal(findHuh(w.env, w.me), null);
  });

  test("findDoCommand: the System Object's hook", () => {
    const w = world();
    assert.equal(findDoCommand(w.env), null);
    const id = w.env.addVerb(w.system, "do_command", { dspec: "either" });
    assert.equal(findDoCommand(w.env)?.verbId, id);
  });
});
