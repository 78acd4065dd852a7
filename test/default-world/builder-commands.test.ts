/**
 * Builder commands of the default world (spec §9.3 $builder, §2.6 quota): creating, digging,
 * describing, renaming, moving, ejecting, setting, recycling — messages, permissions, world state.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ref } from "../../src/core/values.js";
import { sysObj } from "../../src/world/index.js";
import { type Harness, startHarness, type TestPlayer, textOf } from "../helpers/world-harness.js";

describe("builder commands", () => {
  let h: Harness;
  let wiz: TestPlayer;
  let ann: TestPlayer;
  let bob: TestPlayer;
  const tx = () => h.game.world.begin();
  const idIn = (line: string | undefined) => Number(/#(\d+)/.exec(line ?? "")?.[1]);

  before(async () => {
    h = await startHarness();
    wiz = await h.login("wizard");
    ann = await h.newPlayer("Ann", { builder: true });
    bob = await h.newPlayer("Bob");
    wiz.heard();
    ann.heard();
    bob.heard();
  });
  after(async () => {
    await h.close();
  });

  test("@create: default parent, from a parent, aliases, in a place, in void, bad parent, quota", async () => {
    const out = await ann.type("@create red ball,ball,sphere");
    assert.match(out[0] ?? "", /^Created #\d+ \(red ball\) in your inventory\.$/);
    const ball = idIn(out[0]);
    const r = tx().rec(ball);
    assert.equal(r?.owner, ann.avatar);
    assert.equal(r?.location, ann.avatar);
    assert.deepEqual(r?.aliases, ["ball", "sphere"]);
    assert.deepEqual(r?.parents, [sysObj(tx(), "thing")]);
    assert.equal(r?.obvious, true);
    const box = idIn((await ann.type("make box from $container"))[0]);
    assert.deepEqual(tx().rec(box)?.parents, [sysObj(tx(), "container")]);
    assert.match((await ann.type("@create cube from red ball"))[0] ?? "", /^Created #\d+ \(cube\)/);
    assert.deepEqual(await ann.type("@create thing from nowhere-at-all"), [
      "I don't know the parent 'nowhere-at-all'.",
    ]);
    assert.match((await ann.type("@create marble in box"))[0] ?? "", /^Created #\d+ \(marble\) in box \(#\d+\)\.$/);
    assert.match((await ann.type("@create ghost in void"))[0] ?? "", /^Created #\d+ \(ghost\) in the void\.$/);
    assert.deepEqual(await ann.type("@create"), ["Usage: @create <name> [from <parent>] [in <place>]"]);
    const before = tx().getProp(ann.avatar, ann.avatar, "ownership_quota") as number;
    await ann.type("@create pebble");
    assert.equal(tx().getProp(ann.avatar, ann.avatar, "ownership_quota"), before - 1);
    assert.deepEqual(await ann.type("@quota"), [`Your quota is ${before - 1}.`]);
    await wiz.type(`; lookup("Ann").set("ownership_quota", 0)`);
    const refused = await ann.type("@create one too many");
    assert.match(refused[0] ?? "", /quota/i);
    await wiz.type(`; lookup("Ann").set("ownership_quota", 100)`);
    assert.deepEqual(await bob.type("@create thing"), ["Huh? I don't understand that command."], "not a builder");
  });

  test("@quota of others is for wizards", async () => {
    assert.deepEqual(await ann.type("@quota Bob"), ["Only wizards can see other players' quotas."]);
    assert.deepEqual(await wiz.type("@quota Ann"), ["Ann's quota is 100."]);
    assert.deepEqual(await wiz.type("@quota"), ["You are a wizard: your quota is unlimited."]);
  });

  test("@describe without `as` opens the editor on the description; save, cancel, owners only", async () => {
    const lamp = idIn((await ann.type("@create lamp"))[0]);
    await ann.type('@describe lamp as "An old lamp."');
    const first = await ann.run("@describe lamp");
    const ed = first.events.find((e) => e.type === "editor");
    assert.ok(ed && ed.type === "editor", `an editor opens: ${JSON.stringify(first.events)}`);
    assert.equal(ed.title, `Description of lamp (#${lamp})`);
    assert.equal(ed.content, "An old lamp.");
    const saved = await ann.session.respond(ed.id, "A brass lamp,\nwell polished.\n");
    assert.deepEqual(textOf(saved.events), [`Description set for lamp (#${lamp}).`]);
    assert.equal(tx().getProp(lamp, lamp, "description"), "A brass lamp,\nwell polished.");
    const again = (await ann.run("@describe lamp")).events.find((e) => e.type === "editor");
    assert.ok(again && again.type === "editor");
    assert.deepEqual(textOf((await ann.session.respond(again.id, null)).events), [], "cancelled: nothing said");
    assert.equal(tx().getProp(lamp, lamp, "description"), "A brass lamp,\nwell polished.", "cancelled: unchanged");
    // Someone else's thing: refused before any editor opens.
    const cat = await h.newPlayer("Cat", { builder: true });
    await ann.type("drop lamp");
    const refused = await cat.run("@describe lamp");
    assert.deepEqual(textOf(refused.events), ["You don't have permission to describe that."]);
    assert.equal(refused.events.filter((e) => e.type === "editor").length, 0);
    await ann.type("take lamp");
  });

  test("@describe, @rename, @alias: owners only", async () => {
    assert.match((await ann.type('@describe ball as "A shiny red ball."'))[0] ?? "", /^Description set for red ball/);
    assert.deepEqual(await ann.type("look ball"), ["A shiny red ball."]);
    await ann.type("drop ball");
    assert.deepEqual(await bob.type('@describe ball as "mine"'), ["Huh? I don't understand that command."]);
    assert.deepEqual(await wiz.type("@rename ball to crimson ball"), ["Renamed red ball to crimson ball."]);
    assert.deepEqual(await ann.type("@rename sphere as red ball"), ["Renamed crimson ball to red ball."]);
    assert.deepEqual(await ann.type("@rename ball"), ["Usage: @rename <obj> to <new name>"]);
    assert.match(
      (await ann.type('@alias ball as "toy, orb"'))[0] ?? "",
      /is now also called: ball, sphere, toy, orb\.$/,
    );
    assert.match((await ann.type('@alias ball as "toy"'))[0] ?? "", /already has that alias\.$/);
    assert.deepEqual(await bob.type("look orb"), ["A shiny red ball."]);
    await ann.type("take ball");
  });

  test("@dig, @tunnel, @burrow, @checkexits, @exits, @entrances", async () => {
    const dug = await ann.type("@dig up to Loft");
    assert.match(dug[0] ?? "", /^Dug an exit up to "Loft" \(#\d+\)\.$/);
    const loft = idIn(dug[0]);
    assert.deepEqual(await ann.type("@dig up to Other"), ["There is already an exit in that direction."]);
    const island = await ann.type('@dig "Island"');
    assert.match(island[0] ?? "", /^Dug "Island" \(#\d+\)\.$/);
    assert.deepEqual(await ann.type("@checkexits Loft"), [`Loft (#${loft}) has no exits.`]);
    const here = await ann.type("@checkexits");
    assert.ok(
      here.some((l) => /The exit up \(#\d+\) is one-way/.test(l)),
      here.join("\n"),
    );
    wiz.heard();
    const burrowed = await ann.type('@burrow east to "Den"');
    assert.match(
      burrowed[0] ?? "",
      /^Dug an exit east to "Den" \(#\d+\), and one west back to "The Laboratory" \(#\d+\)\.$/,
    );
    assert.equal(burrowed[1], "Den");
    assert.deepEqual(wiz.heard(), ["Ann burrows east."]);
    assert.match((await ann.type("@checkexits"))[0] ?? "", /^Den \(#\d+\) is well-connected\.$/);
    assert.deepEqual(await ann.type("@burrow sideways to X"), [
      "You can only burrow in a compass direction, up or down.",
    ]);
    assert.match((await ann.type("@tunnel north to Loft"))[0] ?? "", /^Tunnelled an exit north to "Loft" \(#\d+\)\.$/);
    assert.deepEqual(await ann.type("@tunnel south to Atlantis"), ['There is no room called "Atlantis".']);
    const exits = await ann.type("@exits");
    assert.match(exits[0] ?? "", /^Exits from Den \(#\d+\):$/);
    assert.ok(exits.some((l) => /^- west from Den \(#\d+\) \(Aliases: west, w\) to The Laboratory \(#\d+\)$/.test(l)));
    const ent = await ann.type("@entrances Loft");
    assert.ok(
      ent.some((l) => /^- north from Den \(#\d+\) \(Aliases: north, n\) from Den \(#\d+\)$/.test(l)),
      ent.join("\n"),
    );
    assert.deepEqual(await ann.type(`@entrances #${idIn(island[0])}`), [
      "There are no entrances defined for this room.",
    ]);
    assert.equal((await ann.type("n"))[1], "You arrive at Loft.");
    await ann.type("home");
  });

  test("@add-exit / @add-entrance need an exit and a room you own", async () => {
    assert.match((await ann.type("@add-exit ball"))[0] ?? "", /is not an exit\.$/);
    assert.match((await ann.type("@add-exit north"))[0] ?? "", /^You don't own The Laboratory\.$/);
    await ann.type("east");
    assert.deepEqual(await ann.type("@add-exit sideways"), ['There is no "sideways" here.']);
    await ann.type("home");
  });

  test("@obvious / @nonobvious", async () => {
    await ann.type("drop pebble");
    assert.match((await ann.type("@nonobvious pebble"))[0] ?? "", /no longer obvious/);
    assert.ok(!(await bob.type("look")).some((l) => l.includes("pebble")));
    assert.deepEqual(await bob.type("@obvious pebble"), ["Huh? I don't understand that command."]);
    await ann.type("@obvious pebble");
  });

  test("@move: things you own, yourself, others' things; players see where you went", async () => {
    const out = await ann.type("@move pebble to box");
    assert.match(out[0] ?? "", /^Moved pebble \(#\d+\) to box \(#\d+\)\.$/);
    const pebble = idIn(out[0]);
    assert.equal(tx().rec(pebble)?.location, idIn(out[0]?.split(" to ")[1]));
    assert.deepEqual(await ann.type(`@move #${pebble} here`), [
      `Moved pebble (#${pebble}) to The Laboratory (#${sysObj(tx(), "player_start")}).`,
    ]);
    wiz.heard();
    const moved = await ann.type("@move me to Den");
    assert.equal(moved[0], "Den");
    assert.deepEqual(wiz.heard(), ["Ann disappears suddenly for parts unknown."]);
    await ann.type("home");
    wiz.heard();
    assert.match((await ann.type("@move Bob to Den"))[0] ?? "", /not allowed|permission|may not/i);
    assert.equal(tx().rec(bob.avatar)?.location, sysObj(tx(), "player_start"));
  });

  test("teleport: to rooms only; refusal is visible", async () => {
    wiz.heard();
    const out = await ann.type("teleport Den");
    assert.equal(out[0], "Den");
    assert.deepEqual(wiz.heard(), ["Ann vanishes in a shower of sparks."]);
    assert.deepEqual(await ann.type("teleport Den"), ["You are already there."]);
    assert.match((await ann.type("teleport ball"))[0] ?? "", /is not a room\.$/);
    await wiz.type('; $.player_start.set("free_entry", false)');
    assert.match((await ann.type("teleport The Laboratory"))[0] ?? "", /won't let you in\.$/);
    await wiz.type('; $.player_start.set("free_entry", true)');
    await ann.type("home");
  });

  test("@eject from a room you own, and not otherwise", async () => {
    await ann.type("teleport Den");
    await wiz.type("@move Bob to Den");
    bob.heard();
    assert.deepEqual(await ann.type("@eject Bob"), ["You have ejected Bob."]);
    const told = bob.heard();
    assert.equal(told[0], "You have been ejected from Den by Ann.");
    assert.equal(tx().rec(bob.avatar)?.location, sysObj(tx(), "player_start"));
    assert.deepEqual(await ann.type("@eject nobody"), ["Den does not contain nobody."]);
    await ann.type("home");
    assert.match((await ann.type("@eject Bob"))[0] ?? "", /^You don't own The Laboratory\.$/);
    await ann.type("drop ball");
    assert.deepEqual(await wiz.type("@eject ball"), ["You have ejected red ball."]);
    assert.equal(
      tx().rec(idIn((await wiz.type('; lookup("Ann").contents.find((o) => o.name === "red ball")'))[0]))?.location,
      ann.avatar,
      "things go back to their owner",
    );
  });

  test("@set: JSON, objects, plain words; permissions", async () => {
    assert.match((await ann.type("@set weight on ball to 3"))[0] ?? "", /^Set weight on red ball \(#\d+\) to 3\.$/);
    assert.match((await ann.type("@set ball.colour to crimson red"))[0] ?? "", /to "crimson red"\.$/);
    assert.match(
      (await ann.type(`@set owner_ref on ball to #${ann.avatar}`))[0] ?? "",
      new RegExp(`to #${ann.avatar}\\.$`),
    );
    assert.match((await ann.type('@set tags on ball to ["a", "b"]'))[0] ?? "", /to \["a","b"\]\.$/);
    const ball = idIn((await wiz.type('; lookup("Ann").contents.find((o) => o.name === "red ball")'))[0]);
    assert.deepEqual(tx().getProp(ann.avatar, ball, "tags"), ["a", "b"]);
    assert.equal(tx().getProp(ann.avatar, ball, "weight"), 3);
    assert.deepEqual(await ann.type("@set nonsense"), ["Usage: @set <property> on <obj> to <value>"]);
    assert.match((await ann.type("@set description on Bob to hacked"))[0] ?? "", /not allowed|permission/i);
  });

  test("@add_parent and @remove_parent", async () => {
    assert.match(
      (await ann.type("@add_parent $container to ball"))[0] ?? "",
      /^Added Generic Container \(#\d+\) as a parent of red ball/,
    );
    const ball = idIn((await wiz.type('; lookup("Ann").contents.find((o) => o.name === "red ball")'))[0]);
    assert.equal(tx().rec(ball)?.parents.length, 2);
    assert.match((await ann.type("@add_parent $container to ball"))[0] ?? "", /is already a parent/);
    assert.match((await ann.type("@remove_parent $container from ball"))[0] ?? "", /^Removed Generic Container/);
    assert.match((await ann.type("@remove_parent $container from ball"))[0] ?? "", /is not a parent/);
    assert.match((await ann.type("@add_parent $wizard to ball"))[0] ?? "", /not allowed|permission|derive/i);
  });

  test("@recycle: your own things, not others'", async () => {
    const gone = idIn((await ann.type("@create rubbish"))[0]);
    assert.deepEqual(await ann.type("@recycle rubbish"), [`rubbish (#${gone}) recycled.`]);
    assert.equal(tx().valid(gone), false);
    await wiz.type("@create wizball");
    await wiz.type("drop wizball");
    assert.match((await ann.type("@recycle wizball"))[0] ?? "", /not allowed|permission/i);
    assert.deepEqual(await ann.type("@recycle Bob"), ["Players can't be recycled this way."]);
  });

  test("bad input: a missing object, a bare direction, a thing that is not a room", async () => {
    assert.deepEqual(await ann.type("@alias"), [
      'The verb "@alias" requires a direct object.',
      'Usage: @alias <obj> as "<alias>[,<alias>...]"',
    ]);
    assert.deepEqual(await ann.type("@describe"), [
      'The verb "@describe" requires a direct object.',
      'Usage: @describe <obj> [as "<text>"]',
    ]);
    assert.deepEqual(await ann.type("@describe ball to x"), ['Usage: @describe <obj> [as "<text>"]']);
    assert.deepEqual(await ann.type('@alias ball as ""'), ['Usage: @alias <obj> as "<alias>"']);
    assert.deepEqual(await ann.type("@alias unicorn as x"), ['There is no "unicorn" here.']);
    assert.deepEqual(await ann.type("@rename unicorn to x"), ['There is no "unicorn" here.']);
    assert.deepEqual(await ann.type("@lock ball"), ["Usage: @lock <obj> with <key expression>"]);
    assert.deepEqual(await ann.type("@lock ball with ((("), ["That doesn't look like a valid key expression."]);
    assert.deepEqual(await ann.type("@move ball"), ["Usage: @move <obj> to <place>"]);
    assert.deepEqual(await ann.type("@move ball to unicorn"), ['There is no "unicorn" here.']);
    assert.deepEqual(await ann.type("teleport unicorn"), ['There is no room called "unicorn".']);
    assert.deepEqual(await ann.type("@dig"), ["Usage: @dig <direction> to <new room name>"]);
    // A bare direction is a forgotten "to <room>"; quoted, it is a room's name.
    assert.deepEqual(await ann.type("@dig north"), ["Usage: @dig <direction> to <new room name>"]);
    assert.match((await ann.type('@dig "North"'))[0] ?? "", /^Dug "North" \(#\d+\)\.$/);
    assert.deepEqual(await ann.type("@tunnel north"), ["Usage: @tunnel <direction> to <existing room>"]);
    assert.deepEqual(await ann.type("@burrow"), ['Usage: @burrow <direction> to "<new room name>"']);
    assert.deepEqual(await ann.type("@exits ball"), ["That is not a room."]);
    assert.deepEqual(await ann.type("@entrances ball"), ["That is not a room."]);
    assert.deepEqual(await ann.type("@checkexits ball"), ["That is not a room."]);
    assert.deepEqual(await ann.type("@quota nobody"), ['There is no player called "nobody".']);
  });

  test("others' things: @alias, @describe, @rename, @obvious, @lock, @unlock are refused and change nothing", async () => {
    await ann.type("drop ball");
    const ball = idIn((await wiz.type('; lookup("Ann").location.contents.find((o) => o.name === "red ball")'))[0]);
    await wiz.type("@grant Bob builder");
    assert.deepEqual(await bob.type('@alias ball as "mine"'), [
      "You don't have permission to change that object's aliases.",
    ]);
    assert.deepEqual(await bob.type('@describe ball as "mine"'), ["You don't have permission to describe that."]);
    assert.deepEqual(await bob.type('@describe here as "mine"'), ["You don't have permission to describe that."]);
    assert.deepEqual(await bob.type("@rename ball to mine"), ["You don't have permission to rename that."]);
    assert.deepEqual(await bob.type("@nonobvious ball"), ["You don't have permission to do that."]);
    assert.deepEqual(await bob.type("@lock ball with me"), ["You don't have permission to lock that."]);
    const r = tx().rec(ball);
    assert.equal(r?.name, "red ball");
    assert.ok(!r?.aliases.includes("mine"));
    assert.equal(r?.obvious, true);
    assert.equal(tx().getProp(ann.avatar, ball, "key"), null);

    bob.heard();
    assert.deepEqual(await ann.type("@lock ball with me"), [`Locked red ball (#${ball}) with Ann (#${ann.avatar}).`]);
    assert.deepEqual(bob.heard(), [], "locking is not announced");
    assert.deepEqual(await bob.type("take ball"), ["You can't pick that up."]);
    assert.deepEqual(await bob.type("@unlock ball"), ["You don't have permission to unlock that."]);
    assert.deepEqual(await ann.type("@unlock ball"), [`Unlocked red ball (#${ball}).`]);
    assert.deepEqual(await ann.type("@unlock ball"), [`red ball (#${ball}) is not locked.`]);
    assert.deepEqual(await ann.type("take ball"), ["You take red ball."]);
    await wiz.type("@revoke Bob builder");
  });

  test("@add-exit and @add-entrance link an existing exit into a room you own", async () => {
    const nook = idIn((await ann.type('@dig "Nook"'))[0]);
    await ann.type(`teleport #${nook}`);
    const hatch = idIn((await ann.type("@create hatch from $exit in void"))[0]);
    await ann.type(`@set dest on #${hatch} to #${sysObj(tx(), "player_start")}`);
    await ann.type(`@set source on #${hatch} to #${nook}`);
    assert.deepEqual(await ann.type(`@add-exit #${hatch}`), ['Added exit "hatch".']);
    assert.deepEqual(tx().getProp(ann.avatar, nook, "exits"), [ref(hatch)]);
    assert.match((await ann.type("@exits"))[1] ?? "", /^- hatch \(#\d+\) to The Laboratory \(#\d+\)$/);
    assert.deepEqual(await ann.type(`@add-entrance #${hatch}`), ['Added entrance "hatch".']);
    assert.match((await ann.type("@entrances"))[1] ?? "", /^- hatch \(#\d+\) from Nook \(#\d+\)$/);
    assert.equal((await ann.type("hatch"))[1], "You arrive at The Laboratory.");
  });

  test("building is quiet: others in the room see nothing of @create, @describe, @rename, @alias, @set, @dig, @tunnel", async () => {
    wiz.heard();
    bob.heard();
    await ann.type("@create trinket");
    await ann.type('@describe trinket as "A small trinket."');
    await ann.type("@rename trinket to bauble");
    await ann.type('@alias bauble as "gewgaw"');
    await ann.type("@set weight on bauble to 1");
    const cellar = idIn((await ann.type('@dig "Cellar"'))[0]);
    assert.match((await ann.type(`@tunnel down to #${cellar}`))[0] ?? "", /^Tunnelled an exit down to "Cellar"/);
    await ann.type("@recycle bauble");
    assert.deepEqual(wiz.heard(), []);
    assert.deepEqual(bob.heard(), []);
  });

  test("@eject <thing> from <container> you own gives it back to its owner", async () => {
    const box = idIn((await ann.type("make crate from $container"))[0]);
    const nut = idIn((await ann.type("@create nut in crate"))[0]);
    assert.deepEqual(await ann.type("@eject nut from crate"), ["You have ejected nut."]);
    assert.equal(tx().rec(nut)?.location, ann.avatar);
    assert.deepEqual(await ann.type("@eject nut from crate"), ["crate does not contain nut."]);
    assert.deepEqual(tx().rec(box)?.contents, []);
  });
});
