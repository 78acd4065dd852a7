/**
 * Attack classes: calling verbs without execute, writing without write, changing owner without
 * entrust, reparenting without transmute/derive, moving without move, reading without read,
 * wizard-only operations (setTaskPerms, periodic/cron invoke, editor and input prompts).
 * Attacks run in verbs owned by alice (programmer); targets belong to bob or a wizard.
 */

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { ObjId } from "../../src/core/ids.js";
import { SYSTEM } from "../../src/world/index.js";
import { assertFails, attack, type Fixture, openFixture } from "./helpers.js";

const OWNER_ONLY = [
  { rule: "allow" as const, permission: "anything" as const, group: "wizards" as const, accessor: null },
  { rule: "allow" as const, permission: "anything" as const, group: "owners" as const, accessor: null },
];

describe("security: model permissions enforced on every SDK call", () => {
  let f: Fixture;
  let bobs: ObjId;
  let privateVerbObj: ObjId;
  let sealed: ObjId;
  before(async () => {
    f = await openFixture({ timeLimitMs: 500 });
    bobs = await f.make("bob's box", f.bob, { location: f.room });
    await f.tx((t) => t.setProp(f.bob, bobs, "label", "bob's"));
    privateVerbObj = await f.make("bob's safe", f.bob, { location: f.room });
    const vid = await f.addVerb(privateVerbObj, "open", `return "opened";`, f.bob);
    await f.tx((t) => t.setAcl(SYSTEM, { kind: "verb", obj: privateVerbObj, verbId: vid }, OWNER_ONLY));
    sealed = await f.make("sealed", f.bob, { location: f.room });
    await f.tx((t) => t.setAcl(SYSTEM, { kind: "object", obj: sealed }, OWNER_ONLY));
  });
  after(() => f.close());

  const denied = (re: RegExp = /not allowed|Only wizards|can't|Can't/) => re;

  // ---- execute
  test("calling a verb without execute is refused", async () => {
    assertFails(
      await attack(f, `import { lookup } from "moo";\nreturn lookup(${privateVerbObj}).call("open");`),
      denied(/'execute'/),
    );
  });
  test("calling it through a tagged reference is refused too", async () => {
    assertFails(
      await attack(
        f,
        `import { lookup } from "moo";\nreturn lookup({ "o#": ${privateVerbObj} } as never).call("open");`,
      ),
      denied(/'execute'/),
    );
  });
  test("scheduling a verb without execute is refused", async () => {
    assertFails(
      await attack(
        f,
        `import { lookup, invoke } from "moo";\ninvoke(lookup(${privateVerbObj}), "open", { delay: 1 });\nreturn 1;`,
      ),
      denied(/'execute'/),
    );
  });
  test("the owner may call it", async () => {
    const r = await attack(f, `import { lookup } from "moo";\nreturn lookup(${privateVerbObj}).call("open");`, {
      owner: f.bob,
    });
    assert.equal(r.ok && r.value, "opened");
  });

  // ---- write
  test("setting another owner's property is refused", async () => {
    assertFails(
      await attack(f, `import { lookup } from "moo";\nlookup(${bobs}).set("label", "alice's");\nreturn 1;`),
      denied(/'write'/),
    );
    assert.equal(f.prop(bobs, "label"), "bob's");
  });
  test("adding a property to another owner's object is refused", async () => {
    assertFails(
      await attack(f, `import { lookup } from "moo";\nlookup(${bobs}).set("graffiti", 1);\nreturn 1;`),
      denied(/'write'/),
    );
    assert.equal(f.prop(bobs, "graffiti"), undefined);
  });
  test("renaming another owner's object is refused", async () => {
    assertFails(
      await attack(f, `import { lookup } from "moo";\nlookup(${bobs}).setName("mine");\nreturn 1;`),
      denied(/'write'/),
    );
  });
  test("renaming through set('name') is refused", async () => {
    assertFails(
      await attack(f, `import { lookup } from "moo";\nlookup(${bobs}).set("name", "mine");\nreturn 1;`),
      denied(/'write'/),
    );
  });
  test("recycling another owner's object is refused", async () => {
    assertFails(
      await attack(f, `import { lookup, recycle } from "moo";\nrecycle(lookup(${bobs}));\nreturn 1;`),
      denied(/'write'/),
    );
  });
  test("writing a property on the System Object is refused", async () => {
    assertFails(
      await attack(f, `import { $ } from "moo";\n$.system.set("player_start", this);\nreturn 1;`),
      denied(/'write'/),
    );
  });

  // ---- entrust
  test("taking ownership of another owner's object is refused", async () => {
    assertFails(
      await attack(f, `import { lookup } from "moo";\nlookup(${bobs}).setOwner(player);\nreturn 1;`),
      denied(/'entrust'/),
    );
  });
  test("giving away another owner's object is refused", async () => {
    assertFails(
      await attack(f, `import { lookup } from "moo";\nlookup(${bobs}).setOwner(lookup(${f.carol}));\nreturn 1;`),
      denied(/'entrust'/),
    );
  });
  test("creating an object owned by someone else is refused", async () => {
    assertFails(
      await attack(f, `import { create, lookup } from "moo";\ncreate("gift", { owner: lookup(${f.bob}) });\nreturn 1;`),
      denied(/owner/),
    );
  });

  // ---- transmute / derive
  test("reparenting another owner's object is refused (transmute)", async () => {
    assertFails(
      await attack(f, `import { lookup } from "moo";\nlookup(${bobs}).setParents([this]);\nreturn 1;`),
      denied(/'transmute'/),
    );
  });
  test("deriving from an object without derive is refused (own child)", async () => {
    assertFails(
      await attack(f, `import { lookup } from "moo";\nthis.setParents([lookup(${bobs})]);\nreturn 1;`),
      denied(/'derive'/),
    );
  });
  test("creating a child of an object without derive is refused", async () => {
    assertFails(
      await attack(
        f,
        `import { create, lookup } from "moo";\ncreate("kid", { parents: [lookup(${bobs})] });\nreturn 1;`,
      ),
      denied(/'derive'/),
    );
  });

  // ---- move / read
  test("moving another owner's object is refused", async () => {
    assertFails(
      await attack(f, `import { lookup, move } from "moo";\nmove(lookup(${bobs}), player);\nreturn 1;`),
      denied(/'move'|accept/),
    );
  });
  test("moving into an object that does not accept is refused", async () => {
    const mine = await f.make("pebble", f.alice, { location: f.room });
    assertFails(
      await attack(f, `import { lookup, move } from "moo";\nmove(lookup(${mine}), lookup(${bobs}));\nreturn 1;`),
      /did not accept/,
    );
  });
  test("reading fields of an unreadable object is refused", async () => {
    assertFails(await attack(f, `import { lookup } from "moo";\nreturn lookup(${sealed}).contents;`), denied(/'read'/));
  });
  test("reading a property of an unreadable object's listing is refused (has)", async () => {
    assertFails(await attack(f, `import { lookup } from "moo";\nreturn lookup(${sealed}).has("x");`), denied(/'read'/));
  });

  // ---- wizard-only operations
  test("setTaskPerms by a non-wizard verb is refused", async () => {
    assertFails(
      await attack(f, `import { setTaskPerms, lookup } from "moo";\nsetTaskPerms(lookup(${f.bob}));\nreturn 1;`),
      denied(/Only wizards/),
    );
  });
  test("setTaskPerms to a wizard by a non-wizard verb is refused", async () => {
    assertFails(
      await attack(f, `import { setTaskPerms, lookup } from "moo";\nsetTaskPerms(lookup(${f.wizard}));\nreturn 1;`),
      denied(/Only wizards/),
    );
  });
  test("periodic invoke by a non-wizard is refused", async () => {
    assertFails(
      await attack(f, `import { invoke } from "moo";\ninvoke(this, "run", { every: 60 });\nreturn 1;`),
      denied(/Only wizard/),
    );
  });
  test("cron invoke by a non-wizard is refused", async () => {
    assertFails(
      await attack(f, `import { invoke } from "moo";\ninvoke(this, "run", { cron: "* * * * *" });\nreturn 1;`),
      denied(/Only wizard/),
    );
  });
  test("opening an editor from a non-wizard verb is refused", async () => {
    assertFails(
      await attack(
        f,
        `import { openEditor } from "moo";\nopenEditor({ content: "x", callback: { obj: this, verb: "run" } });\nreturn 1;`,
      ),
      denied(/Only wizard/),
    );
  });
  test("an input prompt (e.g. a fake password prompt) from a non-wizard verb is refused", async () => {
    assertFails(
      await attack(
        f,
        `import { promptInput } from "moo";\npromptInput({ prompt: "Password:", password: true, callback: { obj: this, verb: "run" } });\nreturn 1;`,
      ),
      denied(/Only wizard/),
    );
  });
  test("a one-shot invoke of an executable verb is allowed and buffered, not run", async () => {
    const r = await attack(
      f,
      `import { invoke } from "moo";\ninvoke(this, "run", { delay: 5 }, 1, 2);\nreturn "scheduled";`,
    );
    assert.equal(r.ok && r.value, "scheduled");
    assert.equal(r.effects.length, 1);
    assert.equal(r.effects[0]?.type, "schedule");
  });
});
