/**
 * Programmer commands of the default world, typed through the real parser and runtime (issue 7):
 * @verb, @program (editor), @edit (inline and editor), @list, @args, @rmverb, @property,
 * @rmproperty, @display, @show, @chmod, @perms, @allow/@deny; compile errors save nothing.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { SessionEvent } from "../../src/core/gateway.js";
import { type Harness, startHarness, type TestPlayer, textOf } from "../helpers/world-harness.js";

/** The editor event a command opened (fails the test when there is none). */
function editorOf(events: SessionEvent[]): Extract<SessionEvent, { type: "editor" }> {
  const e = events.find((x) => x.type === "editor");
  assert.ok(e && e.type === "editor", `no editor event in ${JSON.stringify(events)}`);
  return e;
}

describe("default world: programmer commands", () => {
  let h: Harness;
  let ann: TestPlayer;
  let bob: TestPlayer;

  before(async () => {
    h = await startHarness();
    ann = await h.newPlayer("Ann", { programmer: true });
    bob = await h.newPlayer("Bob", { programmer: true });
    ann.heard();
    bob.heard();
  });
  after(async () => {
    await h.close();
  });

  test("@verb adds a verb, @program fills it through the editor, and it runs", async () => {
    await ann.type("@create ball");
    const added = await ann.type("@verb ball:bounce this none none");
    assert.match(added[0] ?? "", /^Verb bounce \(#\d+\) added to ball \(#\d+\) \[this none none\]\./);
    const r = await ann.run("@program ball:bounce");
    const ed = editorOf(r.events);
    assert.equal(ed.contentType, "typescript");
    assert.equal(ed.content, "");
    const saved = await ann.session.respond(
      ed.id,
      '/** bounce <ball>: bounces it. */\nimport { announce, print } from "moo";\nprint("Boing!");\nannounce(player.name + " bounces the ball.");',
    );
    assert.match(textOf(saved.events)[0] ?? "", /^Verb ball \(#\d+\):bounce programmed\.$/);
    assert.deepEqual(await ann.type("bounce ball"), ["Boing!"]);
    assert.deepEqual(bob.heard(), ["Ann bounces the ball."]);
    const listed = await ann.type("@list ball:bounce numbers");
    assert.match(listed[0] ?? "", /^ball \(#\d+\):bounce {2}\[this none none\] {2}owner Ann/);
    assert.equal(listed[1], "1: /** bounce <ball>: bounces it. */");
    assert.equal(listed.length, 5);
  });

  test("a compile error is shown at the author's line and nothing is saved", async () => {
    const r = await ann.run("@program ball:bounce");
    const ed = editorOf(r.events);
    const res = await ann.session.respond(ed.id, 'import { print } from "moo";\nprint("ok");\nconst = 3;');
    const out = textOf(res.events);
    assert.match(out[0] ?? "", /^Line 3: /);
    assert.equal(out[1], "Nothing was saved.");
    assert.deepEqual(await ann.type("bounce ball"), ["Boing!"]);
    // Inline too.
    const inline = await ann.type('@edit ball:bounce with "let x = ;"');
    assert.match(inline[0] ?? "", /^Line 1: /);
    assert.deepEqual(await ann.type("bounce ball"), ["Boing!"]);
  });

  test("@edit with inline code and \\n escapes; @edit verb … on … creates one", async () => {
    const out = await ann.type(
      '@edit verb shine on ball with "// @verb shine --dspec this --ispec none:none\\nimport { print } from \\"moo\\";\\nprint(this.name + \\" shines.\\");"',
    );
    assert.match(out[0] ?? "", /^Verb ball \(#\d+\):shine added and programmed\.$/);
    assert.deepEqual(await ann.type("shine ball"), ["ball shines."]);
    assert.match((await ann.type('@edit ball:shine with "print(\\"glints\\")"'))[0] ?? "", /programmed/);
    // No import: print is not defined, so the verb fails at run time (with the owner's traceback).
    const failed = await ann.run("shine ball");
    assert.equal(failed.status, 1);
    assert.match(failed.lines[0] ?? "", /print is not defined/);
  });

  test("@property, @edit of a property (inline JSON, text, editor), @display, @rmproperty", async () => {
    assert.match((await ann.type('@edit ball.color with "red"'))[0] ?? "", /has no property "color"/);
    assert.match(
      (await ann.type('@property ball.color "red"'))[0] ?? "",
      /^Property ball \(#\d+\)\.color added = "red"\.$/,
    );
    assert.match((await ann.type("@property ball.size 3"))[0] ?? "", /\.size added = 3\.$/);
    assert.match((await ann.type('@edit ball.size with "[1, 2]"'))[0] ?? "", /\.size set to \[1,2\]\.$/);
    assert.match((await ann.type("@edit ball.color with blue"))[0] ?? "", /\.color set to "blue"\.$/);
    const r = await ann.run("@edit ball.size");
    const ed = editorOf(r.events);
    assert.equal(ed.contentType, "json");
    assert.equal(ed.content, "[\n  1,\n  2\n]");
    assert.match(
      textOf((await ann.session.respond(ed.id, '{"a": 1}')).events)[0] ?? "",
      /^Property ball \(#\d+\)\.size set\.$/,
    );
    const bad = await ann.run("@edit ball.size");
    assert.match(
      textOf((await ann.session.respond(editorOf(bad.events).id, "{oops")).events)[0] ?? "",
      /not valid JSON/,
    );
    const d = await ann.type("@display ball");
    assert.match(d[0] ?? "", /^ball \(#\d+\) {2}owner Ann \(#\d+\) {2}parents Generic Thing/);
    assert.ok(
      d.some((l) => /^ {2}\.size = \{"a":1\} {2}rw {2}owner Ann/.test(l)),
      d.join("\n"),
    );
    assert.ok(
      d.some((l) => /^ {2}\.color = "blue"/.test(l)),
      d.join("\n"),
    );
    assert.ok(
      d.some((l) => /^ {2}:bounce {2}\[this none none\] {2}rx/.test(l)),
      d.join("\n"),
    );
    assert.match((await ann.type("@rmproperty ball.size"))[0] ?? "", /^Property ball \(#\d+\)\.size removed\.$/);
    assert.match(
      (await ann.type("@rmproperty ball.description"))[0] ?? "",
      /does not define "description"; it comes from Root Class/,
    );
    const shown = await ann.type("@show ball");
    assert.match(shown[0] ?? "", /^ball \(#\d+\)$/);
    assert.ok(shown.includes('    color: "blue"'), shown.join("\n"));
    const pager = await ann.run("@show bounce on ball");
    const p = pager.events.find((e) => e.type === "pager");
    assert.ok(p && p.type === "pager" && p.content.includes('print("Boing!")'));
  });

  test("@args changes argument specs; @rmverb removes; inherited verbs are not removed", async () => {
    assert.match(
      (await ann.type("@args ball:shine any at any"))[0] ?? "",
      /^Arguments of ball \(#\d+\):shine set to any at any\.$/,
    );
    const d = await ann.type("@display ball:shine");
    assert.match(d[1] ?? "", /^ {2}:shine {2}\[any at any\]/);
    assert.match((await ann.type("@rmverb ball:shine"))[0] ?? "", /^Verb shine removed from ball/);
    assert.match(
      (await ann.type("@rmverb ball:take"))[0] ?? "",
      /does not define "take"; it inherits it from Generic Thing/,
    );
  });

  test("others cannot change, remove or read-protected verbs of your objects", async () => {
    assert.deepEqual(await ann.type("drop ball"), ["You drop ball."]);
    bob.heard();
    const out = await bob.run('@edit ball:bounce with "print(1)"');
    assert.equal(out.status, 1);
    assert.match(out.lines[0] ?? "", /not allowed to 'write'/);
    assert.equal((await bob.run("@rmverb ball:bounce")).status, 1);
    assert.equal((await bob.run("@property ball.size 3")).status, 1);
    assert.deepEqual(await ann.type("bounce ball"), ["Boing!"]);
    // Readable by default (LambdaMOO); @chmod -r hides the code.
    assert.ok((await bob.type("@list ball:bounce")).length > 1);
    assert.match((await ann.type("@chmod ball:bounce -r"))[0] ?? "", /^Everyone may now: execute \[x\]/);
    const denied = await bob.run("@list ball:bounce");
    assert.equal(denied.status, 1);
    assert.match(denied.lines[0] ?? "", /not allowed to 'read'/);
    assert.match((await bob.type("@display ball"))[1] ?? "", /^ {2}:bounce .* -x /);
  });

  test("@eval and ; run as the programmer; errors are shown; others get huh", async () => {
    assert.deepEqual(await ann.type("@eval 1 + 1"), ["=> 2"]);
    assert.deepEqual(await ann.type("; player.name"), ['=> "Ann"']);
    const thrown = await ann.run("; throw new Error('boom')");
    assert.equal(thrown.status, 1);
    assert.equal(thrown.lines[0], "Error: boom");
    const bad = await ann.run("; 1 +");
    assert.equal(bad.status, 1);
    assert.match(bad.lines[0] ?? "", /\(line 1\)$/);
    // As the player: the wizard's objects stay out of reach.
    const denied = await ann.run('; $.room.set("description", "mine")');
    assert.equal(denied.status, 1);
    assert.match(denied.lines[0] ?? "", /not allowed to 'write'/);
    const cy = await h.newPlayer("Cy", { builder: true });
    assert.deepEqual(await cy.type("; 1"), ["Huh? I don't understand that command."]);
    assert.deepEqual(await cy.type("@eval 1"), ["Huh? I don't understand that command."]);
    assert.deepEqual(await cy.type("@verb ball:x"), ["Huh? I don't understand that command."]);
    assert.deepEqual(await cy.type("@list ball:bounce"), ["Huh? I don't understand that command."]);
    await cy.close();
  });

  test("bad input to @verb, @program, @list, @args, @chmod, @property, @rmverb, @rmproperty, @edit, @display", async () => {
    assert.match((await ann.type("@verb"))[0] ?? "", /^Usage: @verb <obj>:<names>/);
    assert.deepEqual((await ann.run("@verb unicorn:x")).lines, ['There is no "unicorn" here.']);
    assert.deepEqual((await ann.run("@verb ball:x foo")).lines, [
      '"foo" is not a direct-object spec (this, any, none, either).',
    ]);
    assert.match((await ann.run("@verb ball:x this blah none")).lines[0] ?? "", /'blah' is not a preposition/);
    assert.deepEqual(await ann.type("@program"), ["Usage: @program <obj>:<verb>"]);
    assert.match(
      (await ann.type("@program ball:nosuch"))[0] ?? "",
      /has no verb "nosuch"\. Add it first: @verb ball:nosuch$/,
    );
    assert.deepEqual(await ann.type("@list"), ["Usage: @list <obj>:<verb> [numbers]"]);
    assert.match((await ann.type("@list ball:nosuch"))[0] ?? "", /^ball \(#\d+\) has no verb "nosuch"\.$/);
    assert.deepEqual((await ann.run("@list ball")).lines, ['I need <object>:<verb>, not "ball".']);
    assert.match((await ann.type("@args"))[0] ?? "", /^Usage: @args /);
    assert.match((await ann.type("@args ball:nosuch this none none"))[0] ?? "", /does not define a verb "nosuch"\.$/);
    assert.deepEqual((await ann.run("@args ball:bounce blah")).lines, [
      '"blah" is not a direct-object spec (this, any, none, either).',
    ]);
    assert.match((await ann.type("@chmod"))[0] ?? "", /^Usage: @chmod /);
    assert.deepEqual((await ann.run("@chmod ball:bounce +q")).lines, ["Flags for a verb are r, w, x."]);
    assert.match((await ann.run("@chmod ball.nosuch +r")).lines[0] ?? "", /has no property "nosuch"\.$/);
    assert.deepEqual(await ann.type("@property"), ["Usage: @property <obj>.<name> [<value>]"]);
    assert.match((await ann.run("@property ball.color 1")).lines[0] ?? "", /already has a property named 'color'/);
    assert.match((await ann.run("@property ball._secret 1")).lines[0] ?? "", /reserved/);
    assert.match((await ann.run("@property ball.name 1")).lines[0] ?? "", /'name' is a built-in property/);
    assert.deepEqual(await ann.type("@rmverb"), ["Usage: @rmverb <obj>:<verb>"]);
    assert.match((await ann.type("@rmverb ball:nosuch"))[0] ?? "", /has no verb "nosuch"\.$/);
    assert.deepEqual(await ann.type("@rmproperty"), ["Usage: @rmproperty <obj>.<name>"]);
    assert.match((await ann.type("@rmproperty ball.nosuch"))[0] ?? "", /has no property "nosuch"\.$/);
    assert.match((await ann.type("@edit"))[0] ?? "", /^Usage: @edit /);
    assert.match(
      (await ann.run("@edit ball:nosuch")).lines[0] ?? "",
      /To add it: @edit verb nosuch on #\d+ \(or @verb\)\.$/,
    );
    assert.match((await ann.type("@display"))[0] ?? "", /^Usage: @display /);
    assert.deepEqual(await ann.type("@display unicorn"), ['There is no "unicorn" here.']);
    assert.equal((await ann.type("@display ball.nosuch"))[1], '  no property "nosuch"');
    assert.deepEqual(await ann.type("bounce ball"), ["Boing!"], "nothing was broken on the way");
  });
});
