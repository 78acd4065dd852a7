/**
 * Runtime behaviour on the real world model: SDK calls, verb→verb calls, passthrough, output and
 * effects, tracebacks, and rollback of every write and buffered effect on an error at any depth
 * and on a timeout.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { ObjId } from "../core/ids.js";
import { ref } from "../core/values.js";
import { type Fixture, NO_COMMAND, openFixture } from "./testing/fixture.js";

describe("verb runtime", () => {
  let f: Fixture;
  let box: ObjId;
  before(async () => {
    f = await openFixture({ timeLimitMs: 300 });
    box = await f.make("box", f.alice, { location: f.room });
  });
  after(() => f.close());

  test("print, this, args, verb name and return value", async () => {
    await f.addVerb(
      box,
      ["greet", "hi"],
      'import { print } from "moo";\nprint("hello", args[0], verb, this.name);\nreturn (args[0] as number) * 2;',
    );
    const r = await f.run({ this: box, verb: "hi", args: [21] });
    assert.deepEqual(r.ok && [r.value, r.output], [42, ["hello 21 hi box"]]);
  });

  test("the parsed command is visible as LambdaMOO verb variables", async () => {
    await f.addVerb(box, "cmd", "return [argstr, dobjstr, prep, iobjstr, words, dobj.id, iobj.id];");
    const command = {
      ...NO_COMMAND,
      verb: "put",
      argstr: "ball in box",
      words: ["ball", "in", "box"],
      dobjstr: "ball",
      prep: "in",
      prepstr: "in",
      iobjstr: "box",
      iobj: box,
    };
    const r = await f.run({ this: box, verb: "cmd", command });
    assert.deepEqual(r.ok && r.value, ["ball in box", "ball", "in", "box", ["ball", "in", "box"], -1, box]);
  });

  test("properties: get/set/has, set creates a missing property", async () => {
    await f.addVerb(
      box,
      "props",
      'this.set("color", "red");\nreturn [this.has("color"), this.get("color"), this.has("nope")];',
    );
    const r = await f.run({ this: box, verb: "props" });
    assert.deepEqual(r.ok && r.value, [true, "red", false]);
    assert.equal(f.prop(box, "color"), "red");
  });

  test("object fields and $ references", async () => {
    await f.tx((t) => t.setProp(-100, 0, "box", ref(box)));
    await f.addVerb(
      box,
      "fields",
      'import { $ } from "moo";\nreturn [this.owner.id, this.location.id, $.box === this, this.parents.length, player.contents.length >= 0];',
    );
    const r = await f.run({ this: box, verb: "fields" });
    assert.deepEqual(r.ok && r.value, [f.alice, f.room, true, 0, true]);
  });

  test("verb→verb calls with arguments and return values; caller is the calling object", async () => {
    const other = await f.make("other", f.bob, { location: f.room });
    await f.addVerb(other, "add", "return [(args[0] as number) + (args[1] as number), caller.id, player.id];", f.bob);
    await f.addVerb(box, "calls", `import { lookup } from "moo";\nreturn lookup(${other}).call("add", 2, 3);`);
    const r = await f.run({ this: box, verb: "calls" });
    assert.deepEqual(r.ok && r.value, [5, box, f.alice]);
  });

  test("passthrough calls the parent's verb with the same this", async () => {
    const parent = await f.make("parent", f.alice);
    await f.tx((t) =>
      t.setAcl(-100, { kind: "object", obj: parent }, [
        ...t.obj(parent).acl,
        { rule: "allow", permission: "derive", group: "everyone", accessor: null },
      ]),
    );
    const child = await f.make("child", f.alice, { parents: [parent], location: f.room });
    await f.addVerb(parent, "describe", 'return "parent sees " + this.name;');
    await f.addVerb(child, "describe", 'import { passthrough } from "moo";\nreturn "child+" + passthrough();');
    const r = await f.run({ this: child, verb: "describe" });
    assert.equal(r.ok && r.value, "child+parent sees child");
  });

  test("create, move (accept), recycle; initialize runs on create", async () => {
    const room2 = await f.make("room2", f.alice, { location: -1 });
    await f.addVerb(room2, "accept", "return true;");
    await f.addVerb(
      box,
      "build",
      `import { create, move, recycle, lookup } from "moo";\nconst o = create("widget");\nmove(o, lookup(${room2}));\nconst t = create("trash");\nrecycle(t);\nreturn [o.owner.id, o.location.id, t.valid];`,
    );
    const r = await f.run({ this: box, verb: "build" });
    assert.deepEqual(r.ok && r.value, [f.alice, room2, false]);
  });

  test("tell, announce and invoke are buffered effects; print goes to the output", async () => {
    await f.addVerb(
      box,
      "talk",
      `import { tell, announce, invoke, print, lookup } from "moo";\nprint("you talk");\ntell(lookup(${f.bob}), "psst");\nannounce("everyone hears");\ninvoke(this, "greet", { delay: 2 }, 1);\nreturn null;`,
    );
    const r = await f.run({ this: box, verb: "talk" });
    assert.ok(r.ok);
    assert.deepEqual(r.output, ["you talk"]);
    const tells = r.effects.filter((e) => e.type === "tell");
    assert.ok(tells.some((e) => e.type === "tell" && e.to === f.bob && e.text === "psst"));
    assert.ok(tells.some((e) => e.type === "tell" && e.text === "everyone hears" && e.to === f.carol));
    assert.ok(!tells.some((e) => e.type === "tell" && e.text === "everyone hears" && e.to === f.alice));
    assert.ok(r.effects.some((e) => e.type === "schedule" && e.verb === "greet" && e.delayMs === 2000));
  });

  test("UserError shows only its message; other errors show frames to the owner", async () => {
    await f.addVerb(box, "deny", 'import { UserError } from "moo";\nthrow new UserError("You can\'t do that.");');
    const r = await f.run({ this: box, verb: "deny" });
    assert.deepEqual(!r.ok && r.error.lines, ["You can't do that."]);
    await f.addVerb(box, "crash", "const a = 1;\n\nconst x: any = null;\nreturn x.y;");
    const c = await f.run({ this: box, verb: "crash" });
    assert.ok(!c.ok);
    if (!c.ok) {
      assert.match(c.error.lines[0] ?? "", /^TypeError: /);
      assert.deepEqual(c.error.frames, [`#${box}:crash line 4`]);
    }
    const other = await f.run({ this: box, verb: "crash", player: f.carol });
    assert.deepEqual(!other.ok && other.error.lines.length, 1, "others see a short message");
  });

  test("tracebacks list nested verb frames at the authors' lines", async () => {
    await f.addVerb(box, "inner", "// one\n// two\nthrow new Error('deep');");
    await f.addVerb(box, "middle", '// one\nreturn this.call("inner");');
    await f.addVerb(box, "outer", '\n\nreturn this.call("middle");');
    const r = await f.run({ this: box, verb: "outer" });
    assert.deepEqual(!r.ok && r.error.frames, [
      `#${box}:inner line 3`,
      `#${box}:middle line 2`,
      `#${box}:outer line 3`,
    ]);
  });

  test("errors from nested calls can be caught; catching keeps the task's writes", async () => {
    await f.addVerb(
      box,
      "safe",
      'try { this.call("inner"); } catch (e) { this.set("caught", String((e as Error).message)); }\nreturn 1;',
    );
    const r = await f.run({ this: box, verb: "safe" });
    assert.equal(r.ok, true);
    assert.equal(f.prop(box, "caught"), "deep");
  });

  for (const depth of [1, 2, 3]) {
    test(`an uncaught error at depth ${depth} rolls back every write and drops every effect`, async () => {
      const name = `chain${depth}`;
      await f.addVerb(
        box,
        `${name}_step`,
        `import { tell, invoke, create, print } from "moo";\nconst d = args[0] as number;\nthis.set("w" + d, "${name}");\ncreate("junk" + d);\ntell(player, "t" + d);\nprint("p" + d);\ninvoke(this, "greet", { delay: 1 });\nif (d >= ${depth}) throw new Error("fail at " + d);\nreturn this.call("${name}_step", d + 1);`,
      );
      const r = await f.run({ this: box, verb: `${name}_step`, args: [1] });
      assert.equal(r.ok, false);
      assert.deepEqual(r.effects, []);
      assert.ok(!r.output.some((l) => /^p\d/.test(l)), "no output but the error");
      for (let d = 1; d <= depth; d++) assert.notEqual(f.prop(box, `w${d}`), name);
      const t = f.world.begin();
      assert.ok(!t.allIds().some((id) => /^junk/.test(t.rec(id)?.name ?? "")));
    });
  }

  test("a timeout inside a nested call rolls back the outer writes too", async () => {
    await f.addVerb(box, "slow", 'this.set("slow", "started");\nfor (;;) {}');
    await f.addVerb(box, "starts", 'this.set("outerw", "written");\nreturn this.call("slow");');
    const r = await f.run({ this: box, verb: "starts" });
    assert.ok(!r.ok && /out of time/.test(r.error.message));
    assert.equal(f.prop(box, "outerw"), undefined);
    assert.equal(f.prop(box, "slow"), undefined);
  });

  test("a time limit spent in host calls stops a following pure loop in time", async () => {
    await f.addVerb(
      box,
      "mixed",
      'import { timeLeft } from "moo";\nwhile (timeLeft() > 30) { this.get("color"); }\nfor (;;) {}',
    );
    const r = await f.run({ this: box, verb: "mixed" });
    assert.ok(!r.ok);
    assert.ok(r.elapsedMs <= 300 + 50, `elapsed ${r.elapsedMs}`);
  });

  test("; eval sees player, here, $ and the SDK, and prints the value", async () => {
    const r = await f.evalAs(f.alice, "[player.name, here.id, typeof lookup, typeof $]");
    assert.deepEqual(r.ok && r.output, [`=> ["alice", ${f.room}, "function", "object"]`]);
  });

  test("; eval with a compile error reports it and does nothing", async () => {
    const r = await f.evalAs(f.alice, "const = 1");
    assert.ok(!r.ok && r.error.name === "CompileError");
  });

  test("setTaskPerms in a wizard verb makes created objects the player's", async () => {
    const tool = await f.make("tool", f.wizard, { location: f.room });
    await f.addVerb(
      tool,
      "make",
      'import { setTaskPerms, create } from "moo";\nsetTaskPerms(player);\nreturn create("made").owner.id;',
      f.wizard,
    );
    const r = await f.run({ this: tool, verb: "make", player: f.bob });
    assert.equal(r.ok && r.value, f.bob);
  });

  test("editor events from wizard verbs carry the callback", async () => {
    const tool = await f.make("editor-tool", f.wizard, { location: f.room });
    await f.addVerb(
      tool,
      "edit",
      'import { openEditor } from "moo";\nreturn openEditor({ title: "t", content: "abc", contentType: "typescript", callback: { obj: this, verb: "edit" }, args: [1] });',
      f.wizard,
    );
    const r = await f.run({ this: tool, verb: "edit" });
    assert.ok(r.ok);
    const e = r.effects[0];
    assert.ok(e && e.type === "session" && e.event.type === "editor" && e.callback?.verb === "edit");
  });

  test("a missing verb is reported", async () => {
    const r = await f.run({ this: box, verb: "nosuchverb" });
    assert.ok(!r.ok && r.error.code === "E_VERBNF");
  });
});
