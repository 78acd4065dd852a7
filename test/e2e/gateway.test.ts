/** The whole game through the gateway: login, commands, rollback, output to others. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Harness, startHarness } from "../helpers/world-harness.js";

describe("game through the gateway", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h.close());

  test("a wrong password is refused with a clear message", async () => {
    const r = await h.game.gateway.login("wizard", "nope");
    assert.equal(r.ok, false);
    assert.match(r.ok ? "" : r.message, /different password/);
  });

  test("eval prints the value of the last expression", async () => {
    const wiz = await h.login("wizard");
    assert.deepEqual(await wiz.type("; 1 + 2"), ["=> 3"]);
    assert.deepEqual(await wiz.type(";player.name"), ['=> "Wizard"']);
  });

  test("an error rolls back every write of the command and says why", async () => {
    const wiz = await h.login("wizard");
    const r = await wiz.run('; player.set("counter", 1); throw new Error("boom")');
    assert.equal(r.status, 1);
    assert.match(r.lines.join("\n"), /boom/);
    const check = await wiz.type('; player.has("counter")');
    assert.deepEqual(check, ["=> false"]);
  });

  test("unknown commands get a clear message and change nothing", async () => {
    const wiz = await h.login("wizard");
    const r = await wiz.run("frobnicate the widget");
    assert.ok(r.lines.length > 0);
  });
});
