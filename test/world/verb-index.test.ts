/** "Is there any verb called X anywhere?" is answered from an index that follows commits and the open transaction. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { openStore } from "../../src/storage/store.js";
import { SYSTEM, World } from "../../src/world/index.js";

test("anyVerbNamed sees committed verbs, the transaction's own new verbs, and * patterns", async () => {
  const store = openStore({ dataDir: ":memory:" });
  await store.migrate();
  const world = await World.open(store);
  const t = world.begin();
  const o = t.create(SYSTEM, { name: "thing" });
  t.addVerb(SYSTEM, o, { names: ["l*ook", "inspect"], source: "", compiled: "" });
  assert.equal(t.anyVerbNamed("lo"), true, "uncommitted verbs count in their own transaction");
  assert.equal(world.begin().anyVerbNamed("lo"), false);
  await world.commit(t);
  const r = world.begin();
  assert.equal(r.anyVerbNamed("look"), true);
  assert.equal(r.anyVerbNamed("INSPECT"), true);
  assert.equal(r.anyVerbNamed("looks"), false);
  assert.equal(r.anyVerbNamed("dance"), false);
  await store.close();
});
