/**
 * Attack classes for the programming SDK (issue 7): changing, reading or removing someone else's
 * verbs and properties, forging owners, editing ACLs, aliases, obviousness and placement without
 * the right permission, granting roles, reading server statistics, and account requests (only
 * wizard-owned verbs, only wizards create accounts or touch someone else's, old password needed).
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

describe("security: programming the world through the SDK", () => {
  let f: Fixture;
  let box: ObjId;
  let sealed: ObjId;
  let secretVerb: number;
  const denied = /not allowed|Only wizard|can't|Can't|not your account/;
  const run = (code: string, opts: { owner?: ObjId; player?: ObjId } = {}) =>
    attack(f, `import * as moo from "moo";\nconst { lookup } = moo;\nconst box = lookup(${box});\n${code}`, opts);

  before(async () => {
    f = await openFixture({ timeLimitMs: 1000 });
    box = await f.make("bob's box", f.bob, { location: f.room });
    await f.addVerb(box, "open", `return "opened";`, f.bob);
    secretVerb = await f.addVerb(box, "secret", `/** the secret doc */\nreturn "s3cret";`, f.bob);
    await f.tx((t) => {
      t.setAcl(SYSTEM, { kind: "verb", obj: box, verbId: secretVerb }, OWNER_ONLY);
      t.defineProp(f.bob, box, "label", "bob's");
      t.defineProp(f.bob, box, "hidden", "top secret");
      t.setAcl(SYSTEM, { kind: "property", obj: box, name: "hidden" }, OWNER_ONLY);
    });
    sealed = await f.make("sealed", f.bob, { location: f.room });
    await f.tx((t) => t.setAcl(SYSTEM, { kind: "object", obj: sealed }, OWNER_ONLY));
  });
  after(() => f.close());

  // ---- verbs
  test("adding a verb to someone else's object is refused", async () => {
    assertFails(await run(`box.addVerb("mine", { code: "return 1;" });`), denied);
    assert.equal(f.world.begin().findVerb(box, "mine"), undefined);
  });
  test("adding a verb owned by someone else is refused, even on your own object", async () => {
    const mine = await f.make("alice's thing", f.alice, { location: f.room });
    assertFails(
      await attack(
        f,
        `import { lookup } from "moo";\nlookup(${mine}).addVerb("x", { owner: lookup(${f.wizard}), code: "return 1;" });`,
      ),
      /Only wizards/,
    );
  });
  test("changing the code of someone else's verb is refused (and nothing is compiled in)", async () => {
    assertFails(await run(`box.setVerbCode("open", "return 'pwned';");`), denied);
    const r = await f.run({ this: box, verb: "open", player: f.bob });
    assert.ok(r.ok && r.value === "opened");
  });
  test("renaming, re-arguing or taking over someone else's verb is refused", async () => {
    assertFails(await run(`box.setVerbInfo("open", { names: ["shut"] });`), denied);
    assertFails(await run(`box.setVerbInfo("open", { dspec: "any" });`), denied);
    assertFails(await run(`box.setVerbInfo("open", { owner: lookup(${f.alice}) });`), /entrust/);
  });
  test("removing someone else's verb is refused", async () => {
    assertFails(await run(`box.removeVerb("open");`), denied);
    assert.ok(f.world.begin().findVerb(box, "open"));
  });
  test("reading an unreadable verb's code is refused; its doc is hidden too", async () => {
    assertFails(await run(`return box.verbCode("secret");`), /'read'/);
    const r = await run(`return box.verbs().map((v) => [v.names[0], v.readable, v.executable, v.doc]);`);
    assert.ok(r.ok);
    assert.deepEqual(r.value, [
      ["open", true, true, ""],
      ["secret", false, false, ""],
    ]);
  });
  test("listing the verbs or properties of an unreadable object is refused", async () => {
    assertFails(await run(`return lookup(${sealed}).verbs();`), /'read'/);
    assertFails(await run(`return lookup(${sealed}).findVerb("x");`), /'read'/);
    assertFails(await run(`return lookup(${sealed}).properties();`), /'read'/);
  });

  // ---- properties
  test("defining, deleting, clearing or re-owning someone else's properties is refused", async () => {
    assertFails(await run(`box.defineProp("mine", 1);`), denied);
    assertFails(await run(`box.deleteProp("label");`), denied);
    assertFails(await run(`box.setPropInfo("label", { owner: lookup(${f.alice}) });`), /entrust/);
    assertFails(await run(`box.setPropInfo("label", { inheritOwner: true });`), denied);
    assert.equal(f.prop(box, "label"), "bob's");
  });
  test("properties() leaves out values you may not read", async () => {
    const r = await run(`return box.properties().map((p) => [p.name, p.readable, "value" in p, p.value ?? null]);`);
    assert.ok(r.ok);
    assert.deepEqual(r.value, [
      ["label", true, true, "bob's"],
      ["hidden", false, false, null],
    ]);
  });

  // ---- ACLs, aliases, obvious, placement
  test("reading or editing someone else's ACL rows is refused", async () => {
    assertFails(await run(`return box.getAcl();`), /'grant'/);
    assertFails(await run(`box.setAcl([{ rule: "allow", permission: "anything", group: "everyone" }]);`), /'grant'/);
    assertFails(await run(`box.setAcl([], { verb: "secret" });`), /'grant'/);
    assertFails(await run(`box.setAcl([], { prop: "hidden" });`), /'grant'/);
    assertFails(
      await run(`box.setAcl([{ rule: "allow", permission: "read", who: lookup(${f.alice}) }], { prop: "hidden" });`),
      /'grant'/,
    );
  });
  test("setting aliases, obviousness or placement of someone else's object is refused", async () => {
    assertFails(await run(`box.setAliases(["mine"]);`), denied);
    assertFails(await run(`box.setObvious(true);`), denied);
    const mine = await f.make("alice's table", f.alice, { location: f.room });
    assertFails(await run(`box.setPlacement("on", lookup(${mine}));`), /'move'/);
    const r = f.world.begin().obj(box);
    assert.deepEqual([r.aliases, r.obvious, r.placement], [[], false, null]);
  });

  // ---- roles, server, accounts
  test("only wizards change roles, even their own", async () => {
    assertFails(await run(`moo.setRoles(lookup(${f.alice}), { wizard: true });`), /Only wizards/);
    assertFails(await run(`moo.setRoles(lookup(${f.carol}), { programmer: true });`), /Only wizards/);
    assert.equal(f.world.begin().isWizard(f.alice), false);
  });
  test("server statistics are for wizards only", async () => {
    assertFails(await run(`return moo.serverInfo();`), /Only wizards/);
  });
  test("account requests from a verb that is not wizard-owned are refused", async () => {
    assertFails(
      await run(
        `moo.account({ op: "setPassword", player: lookup(${f.alice}), password: "x-long-password", old: "y" });`,
      ),
      /Only wizard-owned verbs/,
    );
    assertFails(await run(`moo.account({ op: "keys", player: lookup(${f.alice}) });`), /Only wizard-owned verbs/);
  });
  test("a wizard-owned verb running for a non-wizard cannot create accounts or touch another's", async () => {
    const asAlice = (code: string) =>
      attack(f, `import * as moo from "moo";\nconst { lookup } = moo;\n${code}`, { owner: f.wizard, player: f.alice });
    assertFails(
      await asAlice(
        `moo.account({ op: "create", login: "mallory", password: "long-enough-1", player: lookup(${f.alice}) });`,
      ),
      /Only wizards may create accounts/,
    );
    assertFails(
      await asAlice(
        `moo.account({ op: "setPassword", player: lookup(${f.bob}), password: "long-enough-1", old: "x" });`,
      ),
      /not your account/,
    );
    assertFails(await asAlice(`moo.account({ op: "keys", player: lookup(${f.bob}) });`), /not your account/);
    assertFails(
      await asAlice(`moo.account({ op: "setPassword", player: lookup(${f.alice}), password: "long-enough-1" });`),
      /old password/,
    );
    // After dropping to the player's perms the wizard-owned verb still may ask (the owner counts),
    // and the same player rules apply.
    assertFails(
      await asAlice(`moo.setTaskPerms(lookup(${f.alice}));\nmoo.account({ op: "keys", player: lookup(${f.bob}) });`),
      /not your account/,
    );
    const ok = await asAlice(
      `moo.setTaskPerms(lookup(${f.alice}));\nmoo.account({ op: "keys", player: lookup(${f.alice}) });\nreturn 1;`,
    );
    assert.ok(ok.ok);
    assert.equal(ok.effects.filter((e) => e.type === "account").length, 1);
  });
  test("a wizard-owned verb that drops to the player's perms is checked as the player", async () => {
    const r = await attack(
      f,
      `import { lookup, setTaskPerms } from "moo";\nsetTaskPerms(lookup(${f.alice}));\nlookup(${box}).addVerb("x", { code: "return 1;" });`,
      { owner: f.wizard, player: f.alice },
    );
    assertFails(r, /not allowed to 'write'/);
  });
});
