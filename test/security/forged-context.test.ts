/**
 * Attack class: forging the context — caller, player, handles, permissions. The host takes the
 * acting permissions from its own frame stack; nothing verb code passes can change them.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { assertFails, attack, type Fixture, openFixture } from "./helpers.js";

describe("security: forged context and caller", () => {
  let f: Fixture;
  let secret: number;
  before(async () => {
    f = await openFixture({ timeLimitMs: 500 });
    secret = await f.make("wizard-box", f.wizard, { location: f.room });
    await f.tx((t) => t.setProp(-100, secret, "code", "1234"));
    // only wizards may read "code"
    await f.tx((t) =>
      t.setAcl(-100, { kind: "property", obj: secret, name: "code" }, [
        { rule: "allow", permission: "anything", group: "wizards", accessor: null },
        { rule: "allow", permission: "anything", group: "owners", accessor: null },
      ]),
    );
  });
  after(() => f.close());

  test("reassigning `player` to a wizard does not give wizard rights", async () => {
    const r = await attack(
      f,
      `import { lookup, setTaskPerms } from "moo";\nplayer = lookup(${f.wizard});\nsetTaskPerms(player);\nreturn "escalated";`,
    );
    assertFails(r, /Only wizards/);
  });

  test("reassigning `caller` does not change the acting permissions", async () => {
    const r = await attack(
      f,
      `import { lookup } from "moo";\ncaller = lookup(${f.wizard});\nreturn lookup(${secret}).get("code");`,
    );
    assertFails(r, /not allowed to 'read'/);
  });

  test("a wizard player does not lend its rights to a programmer's verb", async () => {
    const r = await attack(f, `import { lookup } from "moo";\nreturn lookup(${secret}).get("code");`, {
      player: f.wizard,
    });
    assertFails(r, /not allowed to 'read'/);
  });

  test("setTaskPerms from a non-wizard verb run by a wizard player is refused", async () => {
    const r = await attack(f, `import { setTaskPerms } from "moo";\nsetTaskPerms(player);\nreturn 1;`, {
      player: f.wizard,
    });
    assertFails(r, /Only wizards/);
  });

  test("new MooObject() cannot be constructed", async () => {
    const r = await attack(f, `import { MooObject } from "moo";\nreturn new (MooObject as any)({}, ${f.wizard});`);
    assertFails(r, /lookup/);
  });

  test("a handle forged with Object.create still acts with the verb owner's permissions", async () => {
    const r = await attack(
      f,
      `import { MooObject } from "moo";\nconst fake = Object.create(MooObject.prototype, { id: { value: ${secret} } });\nreturn fake.get("code");`,
    );
    assertFails(r, /not allowed to 'read'/);
  });

  test("a tagged reference object is just a reference, not a capability", async () => {
    const r = await attack(f, `return (this as any).call("nope", { "o#": ${f.wizard}, perms: "wizard" });`);
    assertFails(r);
  });

  test("`caller` seen by a called verb is the calling object, whatever the caller passes", async () => {
    const target = await f.make("target", f.bob, { location: f.room });
    await f.addVerb(target, "who", `return [caller.id, player.id];`, f.bob);
    const r = await attack(
      f,
      `import { lookup } from "moo";\nconst caller = lookup(${f.wizard});\nreturn lookup(${target}).call("who", caller);`,
    );
    assert.ok(r.ok);
    if (r.ok) {
      const [c, p] = r.value as number[];
      assert.notEqual(c, f.wizard);
      assert.equal(p, f.alice);
    }
  });

  test("a wizard-owned verb called by a programmer runs with wizard rights, and its callee does not leak them back", async () => {
    const gate = await f.make("gate", f.wizard, { location: f.room });
    await f.addVerb(gate, "peek", `import { lookup } from "moo";\nreturn lookup(${secret}).get("code");`, f.wizard);
    const r = await attack(
      f,
      `import { lookup } from "moo";\nconst v = lookup(${gate}).call("peek");\nreturn [v, (() => { try { return lookup(${secret}).get("code"); } catch { return "denied"; } })()];`,
    );
    assert.deepEqual(r.ok && r.value, ["1234", "denied"]);
  });

  test("setTaskPerms in a wizard verb lasts only for that frame", async () => {
    const gate = await f.make("gate2", f.wizard, { location: f.room });
    await f.addVerb(gate, "lower", `import { setTaskPerms } from "moo";\nsetTaskPerms(player);\nreturn 1;`, f.wizard);
    await f.addVerb(
      gate,
      "check",
      `import { lookup } from "moo";\nthis.call("lower");\nreturn lookup(${secret}).get("code");`,
      f.wizard,
    );
    const r = await attack(f, `import { lookup } from "moo";\nreturn lookup(${gate}).call("check");`);
    assert.equal(r.ok && r.value, "1234");
  });

  test("isWizard cannot be fooled by a forged handle", async () => {
    const r = await attack(
      f,
      `import { isWizard, MooObject } from "moo";\nconst fake = Object.create(MooObject.prototype, { id: { value: "${f.wizard}" } });\nreturn isWizard(fake as never);`,
    );
    assert.equal(r.ok, false);
  });

  test("passthrough from ; code is refused (no verb frame to continue)", async () => {
    const r = await f.evalAs(f.alice, `passthrough()`);
    assertFails(r, /passthrough/);
  });

  test("the verb variables are copies: changing args does not change the caller's array", async () => {
    const target = await f.make("mut", f.bob, { location: f.room });
    await f.addVerb(target, "mutate", `(args[0] as number[]).push(99);\nreturn (args[0] as number[]).length;`, f.bob);
    const r = await attack(
      f,
      `import { lookup } from "moo";\nconst a = [1];\nconst n = lookup(${target}).call("mutate", a);\nreturn [n, a.length];`,
    );
    assert.deepEqual(r.ok && r.value, [2, 1]);
  });
});
