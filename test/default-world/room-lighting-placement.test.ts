/**
 * Placement (spec §9.6) and lighting (spec §9.5) in the default world: placing things on, under,
 * behind… others; hidden placements; surface lines; dark rooms and light sources.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Harness, startHarness, type TestPlayer } from "../helpers/world-harness.js";

describe("placement and lighting", () => {
  let h: Harness;
  let wiz: TestPlayer;
  let ann: TestPlayer;
  const idOf = async (p: TestPlayer, name: string) => {
    const out = await p.type(`@create ${name}`);
    const m = /^Created #(\d+)/.exec(out[0] ?? "");
    assert.ok(m, out.join("\n"));
    return Number(m[1]);
  };

  before(async () => {
    h = await startHarness();
    wiz = await h.login("wizard");
    ann = await h.newPlayer("Ann", { builder: true });
    await ann.type("@dig east to Study");
    await ann.type("east");
    wiz.heard();
    ann.heard();
  });
  after(async () => {
    await h.close();
  });

  test("place on a surface: messages, surface line in look, look on", async () => {
    await idOf(ann, "desk");
    await ann.type("drop desk");
    await idOf(ann, "cup");
    assert.deepEqual(await ann.type("place cup on desk"), ["You place cup on the desk."]);
    const look = await ann.type("look");
    assert.ok(look.includes("You see a desk here."), look.join("\n"));
    assert.ok(look.includes("You see a cup on the desk."), look.join("\n"));
    assert.deepEqual(await ann.type("look on desk"), ["On the desk you see a cup."]);
    assert.deepEqual(await ann.type("look beside desk"), ["You find nothing beside the desk."]);
    assert.deepEqual(await ann.type("place saucer before desk"), ['There is no "saucer" here.']);
    await idOf(ann, "saucer");
    await ann.type("place saucer before desk");
    assert.deepEqual(await ann.type("look before desk"), ["In front of the desk you see a saucer."]);
    assert.ok((await ann.type("look")).includes("You see a saucer in front of the desk."));
  });

  test("placement refusals: itself, surface types, nowhere, missing target", async () => {
    assert.deepEqual(await ann.type("place cup on cup"), ["You can't place something on itself."]);
    assert.deepEqual(await ann.type("place cup in desk"), [
      "Place it where? (on, under, behind, before, beside or over something)",
    ]);
    assert.deepEqual(await ann.type("place cup on lamp"), ['There is no "lamp" here.']);
    await ann.type('@set surface_types on desk to ["on"]');
    assert.deepEqual(await ann.type("place cup under desk"), ["You can't place anything under the desk."]);
    await ann.type('@set surface_types on desk to ["on", "under", "behind", "before", "beside", "over"]');
  });

  test("hidden placements are found only with from, and never listed", async () => {
    await idOf(ann, "coin");
    assert.deepEqual(await ann.type("place coin under desk"), ["You place coin under the desk."]);
    const look = await ann.type("look");
    assert.ok(!look.some((l) => l.includes("coin")), look.join("\n"));
    assert.deepEqual(await ann.type("look under desk"), ["Under the desk you see a coin."]);
    assert.deepEqual(await ann.type("take coin"), ['There is no "coin" here.']);
    assert.deepEqual(await ann.type("take coin from behind desk"), ["Coin isn't behind the desk."]);
    assert.deepEqual(await ann.type("take coin from under desk"), ["You take coin."]);
    assert.deepEqual(await ann.type("look under desk"), ["You find nothing under the desk."]);
  });

  test("placements are cleared when the thing or its support moves", async () => {
    assert.deepEqual(await ann.type("take cup from desk"), ["You take cup."]);
    await ann.type("drop cup");
    assert.ok((await ann.type("look")).some((l) => /You see .*cup.* here\./.test(l)));
    await ann.type("place cup on desk");
    await ann.type("take desk");
    await ann.type("drop desk");
    assert.deepEqual(await ann.type("look on desk"), ["You find nothing on the desk."]);
  });

  test("@nonobvious hides things from the listing; @obvious shows them", async () => {
    assert.match((await ann.type("@nonobvious desk"))[0] ?? "", /^desk \(#\d+\) is no longer obvious\.$/);
    assert.ok(!(await ann.type("look")).some((l) => l.includes("desk")));
    assert.deepEqual(await ann.type("look desk"), ["Not much to see here."]);
    assert.match((await ann.type("@obvious desk"))[0] ?? "", /^desk \(#\d+\) is now obvious\.$/);
    assert.ok((await ann.type("look")).some((l) => l.includes("a desk")));
    assert.match((await wiz.type("@obvious desk"))[0] ?? "", /There is no "desk" here|is now obvious/);
  });

  test("a dark room: title and darkness only; looking at things there fails; inventory still works", async () => {
    await ann.type("@set dark on here to true");
    wiz.heard();
    const look = await ann.type("look");
    assert.deepEqual(look, ["Study", "It's too dark to see anything."]);
    assert.deepEqual(await ann.type("look desk"), ["It's too dark to see."]);
    assert.deepEqual(await ann.type("look under desk"), ["It's too dark to see."]);
    await idOf(ann, "pebble");
    assert.deepEqual(await ann.type("look pebble"), ["Not much to see here."]);
  });

  test("a lit flashlight in the room, in an inventory, in an open or transparent container lights the room", async () => {
    await ann.type("@create torch from $flashlight");
    assert.deepEqual(await ann.type("switch torch"), ["You switch on the torch."]);
    const lit = await ann.type("look");
    assert.equal(lit[1], "There's not much to see here.");
    assert.ok(lit.includes("The room is lit by a torch."), lit.join("\n"));
    await ann.type("drop torch");
    assert.ok((await ann.type("look")).includes("The room is lit by a torch."));
    await ann.type("@create chest from $container");
    await ann.type("drop chest");
    await ann.type("open chest");
    await ann.type("put torch in chest");
    assert.ok((await ann.type("look")).includes("The room is lit by a torch."), "open container");
    await ann.type("close chest");
    assert.ok((await ann.type("look")).includes("The room is lit by a torch."), "closed but transparent (opacity 0)");
    await ann.type("@opacity chest is 1");
    assert.deepEqual(await ann.type("look"), ["Study", "It's too dark to see anything."], "closed and opaque");
    await ann.type("open chest");
    assert.ok((await ann.type("look")).includes("The room is lit by a torch."), "opaque but open");
    await ann.type("@opacity chest is 2");
    assert.deepEqual(await ann.type("look"), ["Study", "It's too dark to see anything."], "a black hole");
    await ann.type("@opacity chest is 0");
    await ann.type("take torch from chest");
    assert.deepEqual(await ann.type("switch torch"), ["You switch off the torch."]);
    assert.deepEqual(await ann.type("look"), ["Study", "It's too dark to see anything."]);
  });

  test("a light hidden under something does not light the room; switching is announced", async () => {
    await ann.type("switch torch");
    await ann.type("drop torch");
    await ann.type("place torch under desk");
    assert.deepEqual(await ann.type("look"), ["Study", "It's too dark to see anything."]);
    await ann.type("@set dark on here to false");
    await ann.type("take torch from under desk");
    wiz.heard();
    await wiz.type("@move me to Study");
    wiz.heard();
    await ann.type("switch torch");
    assert.deepEqual(wiz.heard(), ["Ann switches off the torch."]);
  });
});
