/**
 * The whole game through the gateway — login, commands, rollback, output to others — on the
 * embedded default (SQLite) and on PostgreSQL.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { harnessModes } from "../helpers/backends.js";
import { type Harness, startHarness } from "../helpers/world-harness.js";

const modes = harnessModes();

for (const mode of modes) {
  describe(`game through the gateway on ${mode.name}`, () => {
    let h: Harness;
    let drop: () => Promise<void>;
    before(async () => {
      const m = await mode.env();
      drop = m.drop;
      h = await startHarness(m.env);
    });
    after(async () => {
      await h.close();
      await drop();
    });

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
      assert.deepEqual(await wiz.type('; player.has("counter")'), ["=> false"]);
    });

    test("a compound command is one task: a failing part rolls back the earlier parts", async () => {
      const wiz = await h.login("wizard");
      await wiz.type('; player.set("steps", 0)');
      const r = await wiz.run('@create marble then ; throw new Error("second part fails")');
      assert.equal(r.status, 1);
      assert.deepEqual(await wiz.type("; player.contents.map((o) => o.name).includes('marble')"), ["=> false"]);
    });

    test("two players: say reaches the other; state persists across a restart of the world", async () => {
      const wiz = await h.login("wizard");
      const ann = await h.newPlayer("Ann");
      wiz.heard();
      assert.deepEqual(await ann.type("say hello"), ["You: hello"]);
      assert.deepEqual(wiz.heard(), ["Ann: hello"]);
      await wiz.type('; player.set("motto", "persist me")');
      await h.game.world.reload();
      assert.deepEqual(await wiz.type('; player.get("motto")'), ['=> "persist me"']);
    });

    test("unknown commands get a clear message and change nothing", async () => {
      const wiz = await h.login("wizard");
      const r = await wiz.run("frobnicate the widget");
      assert.deepEqual(r.lines, ["Huh? I don't understand that command."]);
    });
  });
}
