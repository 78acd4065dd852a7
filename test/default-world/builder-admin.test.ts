/**
 * Builder and admin commands of the default world (spec §9.3, issue 7), typed through the real
 * parser and runtime: @recycle/@restore/@destroy (what comes back, quota, permissions, rooms with
 * people in them), @rooms, @realm/@classes, @survey, @audit, @lastlog and @reload.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { SessionEvent } from "../../src/core/gateway.js";
import { NOTHING } from "../../src/core/ids.js";
import { createPlayer, sysObj } from "../../src/world/index.js";
import { type Harness, startHarness, type TestPlayer } from "../helpers/world-harness.js";

/** The pager a command opened (fails the test when there is none). */
function pagerOf(events: SessionEvent[]): Extract<SessionEvent, { type: "pager" }> {
  const e = events.find((x) => x.type === "pager");
  assert.ok(e && e.type === "pager", `no pager event in ${JSON.stringify(events)}`);
  return e;
}

describe("default world: builder admin commands", () => {
  let h: Harness;
  let wiz: TestPlayer;
  let ann: TestPlayer;
  let bob: TestPlayer;
  let pat: TestPlayer;
  let carl: TestPlayer;
  let wizhat: number;
  const tx = () => h.game.world.begin();
  const idIn = (line: string | undefined) => Number(/#(\d+)/.exec(line ?? "")?.[1]);
  const quota = (p: TestPlayer) => tx().getProp(p.avatar, p.avatar, "ownership_quota") as number;
  const lab = () => sysObj(tx(), "player_start") as number;
  const heardAll = () => {
    for (const p of [wiz, ann, bob, pat, carl]) p.heard();
  };

  before(async () => {
    h = await startHarness();
    wiz = await h.login("wizard");
    ann = await h.newPlayer("Ann", { builder: true });
    bob = await h.newPlayer("Bob", { builder: true });
    pat = await h.newPlayer("Pat", { programmer: true });
    carl = await h.newPlayer("Carl");
    heardAll();
  });
  after(async () => {
    await h.close();
  });

  test("@recycle then @restore: the object comes back with its properties, not its contents; quota follows", async () => {
    const q0 = quota(ann);
    const box = idIn((await ann.type("make box from $container"))[0]);
    const marble = idIn((await ann.type("@create marble in box"))[0]);
    await ann.type("@set colour on box to blue");
    assert.equal(quota(ann), q0 - 2);
    assert.deepEqual(await ann.type("@recycle box"), [`box (#${box}) recycled.`]);
    assert.equal(tx().valid(box), false);
    assert.equal(quota(ann), q0 - 1, "recycling refunds the quota");
    assert.equal(tx().rec(marble)?.location, NOTHING, "its contents were left nowhere");
    assert.deepEqual(await ann.type("look box"), ['There is no "box" here.']);

    assert.deepEqual(await bob.type("@restore"), ["You have no recycled objects."]);
    assert.deepEqual(await bob.type(`@restore #${box}`), [`There is no recycled object #${box} that you may restore.`]);
    assert.deepEqual(await bob.type("@restore box"), [
      'There is no recycled object called "box" that you may restore.',
    ]);
    const listed = await ann.type("@restore");
    assert.equal(listed[0], "Your recycled objects:");
    assert.match(listed[1] ?? "", new RegExp(`^ {2}#${box} box \\(recycled \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)$`));
    assert.equal(listed.length, 2);

    assert.deepEqual(await ann.type("@restore box"), [`Restored box (#${box}) to your inventory.`]);
    assert.equal(tx().rec(box)?.location, ann.avatar);
    assert.equal(quota(ann), q0 - 2, "restoring charges the quota again");
    assert.equal(tx().getProp(ann.avatar, box, "colour"), "blue");
    assert.deepEqual(tx().rec(box)?.parents, [sysObj(tx(), "container")]);
    assert.equal(tx().rec(marble)?.location, NOTHING, "the contents stay where they were left");
    assert.deepEqual(await ann.type('@restore "box"'), [
      'There is no recycled object called "box" that you may restore.',
    ]);
    assert.deepEqual(await ann.type("@restore"), ["You have no recycled objects."]);
    await ann.type(`@move #${marble} to box`);
  });

  test("@restore: two of a name need a number; no quota, no restore; nobody else sees it", async () => {
    const a = idIn((await ann.type("@create junk"))[0]);
    const b = idIn((await ann.type("@create junk"))[0]);
    await ann.type(`@recycle #${a}`);
    await ann.type(`@recycle #${b}`);
    heardAll();
    assert.deepEqual(await ann.type("@restore junk"), [`I don't know which "junk" you mean: #${a}, #${b}.`]);
    const q = quota(ann);
    await wiz.type('; lookup("Ann").set("ownership_quota", 0)');
    const refused = await ann.type(`@restore #${a}`);
    assert.match(refused[0] ?? "", /quota/i);
    assert.equal(tx().valid(a), false);
    await wiz.type(`; lookup("Ann").set("ownership_quota", ${q})`);
    assert.deepEqual(await ann.type(`@restore #${a}`), [`Restored junk (#${a}) to your inventory.`]);
    assert.deepEqual(
      [wiz, bob, pat, carl].flatMap((p) => p.heard()),
      [],
      "recycling and restoring are not announced",
    );
    assert.deepEqual(await ann.type(`@destroy #${b}`), [`junk (#${b}) destroyed for good.`]);
  });

  test("wizards see only their own bin by default but restore anyone's things, to the owner's hands", async () => {
    const cup = idIn((await ann.type("@create cup"))[0]);
    await ann.type("@recycle cup");
    assert.deepEqual(await wiz.type("@restore"), ["You have no recycled objects."]);
    assert.deepEqual(await wiz.type("@restore cup"), [`Restored cup (#${cup}) to Ann's inventory.`]);
    assert.equal(tx().rec(cup)?.location, ann.avatar);
    assert.equal(tx().rec(cup)?.owner, ann.avatar);
    await ann.type("@recycle cup");
    assert.match((await bob.type(`@destroy #${cup}`))[0] ?? "", /^There is no "#\d+" here\.$/);
    assert.equal(tx().rec(cup)?.recycled, true, "others can't destroy it");
    assert.deepEqual(await wiz.type(`@destroy #${cup}`), [`cup (#${cup}) destroyed for good.`]);
    assert.equal(tx().rec(cup), undefined);
  });

  test("@recycle of others' things is refused and changes nothing; not for plain players", async () => {
    wizhat = idIn((await wiz.type("@create wizhat"))[0]);
    await wiz.type("drop wizhat");
    const r = await ann.run("@recycle wizhat");
    assert.equal(r.status, 1);
    assert.match(r.lines[0] ?? "", /^#\d+ \(Ann\) is not allowed to 'write' on #\d+ \(wizhat\)$/);
    assert.deepEqual(await carl.type("@recycle wizhat"), ["Huh? I don't understand that command."]);
    assert.deepEqual(await ann.type("@recycle nothing-here"), ['There is no "nothing-here" here.']);
    assert.ok((await ann.type("look")).some((l) => l.includes("wizhat")));
  });

  test("a recycled room sends players home and things to their owners; restoring it reconnects its exit", async () => {
    const dug = await ann.type('@dig west to "Den"');
    const den = idIn(dug[0]);
    assert.match(dug[0] ?? "", /^Dug an exit west to "Den" \(#\d+\)\.$/);
    const stool = idIn((await ann.type("@create stool"))[0]);
    await ann.type("@move stool to Den");
    await wiz.type("@move Bob to Den");
    heardAll();
    // Someone else can't recycle it (and nobody is moved).
    const refused = await bob.run("@recycle here");
    assert.equal(refused.status, 1);
    assert.match(refused.lines[0] ?? "", /not allowed to 'write' on #\d+ \(Den\)/);
    assert.equal(tx().rec(bob.avatar)?.location, den);
    assert.equal(tx().rec(stool)?.location, den);

    assert.deepEqual(await ann.type(`@recycle #${den}`), [`Den (#${den}) recycled.`]);
    assert.deepEqual(bob.heard(), ["Den is going away; you are sent to the starting room."]);
    assert.equal(tx().rec(bob.avatar)?.location, lab());
    assert.equal(tx().rec(stool)?.location, ann.avatar, "things go back to their owners");
    assert.deepEqual(await ann.type("@restore Den"), [`Restored Den (#${den}).`]);
    assert.equal(tx().rec(den)?.location, NOTHING);
    const walked = await ann.type("west");
    assert.equal(walked[1], "You arrive at Den.");
    await ann.type("home");
  });

  test("@destroy: for good, your own things only, classes give their children their parents", async () => {
    const q = quota(ann);
    const sock = idIn((await ann.type("@create sock"))[0]);
    assert.deepEqual(await ann.type("@destroy sock"), [`sock (#${sock}) destroyed for good.`]);
    assert.equal(tx().rec(sock), undefined);
    assert.equal(quota(ann), q, "the quota comes back");
    assert.deepEqual(await ann.type(`@restore #${sock}`), [
      `There is no recycled object #${sock} that you may restore.`,
    ]);

    const shoe = idIn((await ann.type("@create shoe"))[0]);
    await ann.type("@recycle shoe");
    assert.deepEqual(await ann.type(`@destroy #${shoe}`), [`shoe (#${shoe}) destroyed for good.`]);
    assert.equal(tx().rec(shoe), undefined);
    assert.equal(quota(ann), q, "a recycled object is not refunded twice");

    assert.deepEqual(await ann.type("@destroy wizhat"), [`You can't destroy wizhat (#${wizhat}): it isn't yours.`]);
    assert.deepEqual(await ann.type("@destroy Bob"), ["Players can't be destroyed."]);
    assert.deepEqual(await ann.type("@destroy"), [
      'The verb "@destroy" requires a direct object.',
      "Usage: @destroy <obj>|#N",
    ]);
    assert.deepEqual(await carl.type("@destroy wizhat"), ["Huh? I don't understand that command."]);

    const gadget = idIn((await ann.type("@create gadget"))[0]);
    const widget = idIn((await ann.type("@create widget from gadget"))[0]);
    assert.deepEqual(await ann.type("@destroy gadget"), [`gadget (#${gadget}) destroyed for good.`]);
    assert.deepEqual(tx().rec(widget)?.parents, [sysObj(tx(), "thing")]);

    await wiz.type(`@move #${widget} to here`);
    assert.deepEqual(await wiz.type(`@destroy #${widget}`), [`widget (#${widget}) destroyed for good.`]);
    assert.deepEqual(await wiz.type("@destroy wizhat"), [`wizhat (#${wizhat}) destroyed for good.`]);
  });

  test("@destroy of a room with people in it sends them to the starting room", async () => {
    await ann.type("west");
    const room = tx().rec(ann.avatar)?.location as number;
    await wiz.type("@move Bob to Den");
    heardAll();
    const out = await ann.type("@destroy here");
    assert.deepEqual(out, [
      `Den (#${room}) destroyed for good.`,
      "Den is going away; you are sent to the starting room.",
    ]);
    assert.deepEqual(bob.heard(), ["Den is going away; you are sent to the starting room."]);
    assert.equal(tx().rec(room), undefined);
    assert.equal(tx().rec(ann.avatar)?.location, lab());
    assert.equal(tx().rec(bob.avatar)?.location, lab());
    // The exit that led there is left pointing nowhere: it can't be used, and @checkexits says so.
    assert.deepEqual(await ann.type("west"), ["You can't go that way."]);
    assert.ok(
      (await ann.type("@checkexits")).some((l) => /^The exit west \(#\d+\) is a dead end: it leads nowhere\.$/.test(l)),
    );
  });

  test("@rooms lists every room in the pager", async () => {
    const den2 = idIn((await ann.type('@dig "Garret"'))[0]);
    const r = await ann.run("@rooms");
    assert.deepEqual(r.lines, []);
    const p = pagerOf(r.events);
    const lines = p.content.split("\n");
    assert.equal(p.title, `Rooms (${lines.length})`);
    assert.ok(lines.includes(`#${lab()}  The Laboratory  (owner Wizard)`), p.content);
    assert.ok(lines.includes(`#${den2}  Garret  (owner Ann)`), p.content);
    assert.ok(!p.content.includes("Den"), "destroyed rooms are gone");
    assert.deepEqual(await carl.type("@rooms"), ["Huh? I don't understand that command."]);
  });

  test("@realm shows what inherits from an object; @classes only the classes", async () => {
    const gizmo = idIn((await ann.type("@create gizmo"))[0]);
    const sprocket = idIn((await ann.type("@create sprocket from gizmo"))[0]);
    const realm = await ann.run("@realm gizmo");
    const p = pagerOf(realm.events);
    assert.equal(p.title, `The realm of gizmo (#${gizmo})`);
    assert.equal(p.content, `gizmo (#${gizmo})\n  sprocket (#${sprocket})`);
    assert.deepEqual(await ann.type("@realm sprocket"), [`Nothing inherits from sprocket (#${sprocket}).`]);
    assert.deepEqual(await ann.type("@realm nowhere-at-all"), ['There is no "nowhere-at-all" here.']);
    const all = pagerOf((await ann.run("@realm")).events);
    assert.equal(all.title, "The realm of Root Class (#1)");
    assert.match(all.content, /^Root Class \(#1\)\n {2}Generic Room \(#\d+\)\n {4}The Laboratory/);
    assert.ok(all.content.includes(`\n      sprocket (#${sprocket})`), all.content);

    const classes = pagerOf((await ann.run("@classes")).events);
    assert.equal(classes.title, "Classes");
    const lines = classes.content.split("\n");
    assert.equal(lines[0], "Root Class (#1)");
    assert.ok(lines.includes("  Generic Thing (#5)"), classes.content);
    assert.ok(lines.includes(`    gizmo (#${gizmo})`), classes.content);
    assert.ok(!lines.some((l) => l.includes("sprocket") || l.includes("The Laboratory")), "no leaves");
  });

  test("@survey: a room (exits, light, entry, contents) or an object", async () => {
    const here = await ann.type("@survey");
    assert.equal(
      here[0],
      `The Laboratory (#${lab()}): owner Wizard (#${wiz.avatar}); parents Generic Room (#3); location nowhere.`,
    );
    // Den was destroyed above: its exit is left pointing nowhere, and @survey says so.
    assert.match(here[1] ?? "", /^Exits: north → The Neighborhood \(#\d+\), west → nowhere\.$/);
    assert.equal(here[2], "Dark: no. Free entry: yes.");
    assert.match(here[3] ?? "", /^Contents: Wizard \(#\d+\), .*Ann \(#\d+\).*\.$/);
    const box = await ann.type("@survey box");
    assert.match(
      box[0] ?? "",
      new RegExp(
        `^box \\(#\\d+\\): owner Ann \\(#${ann.avatar}\\); parents Generic Container \\(#6\\); location Ann \\(#${ann.avatar}\\)\\.$`,
      ),
    );
    assert.match(box[1] ?? "", /^Contents: marble \(#\d+\)\.$/);
    assert.equal(box.length, 2);
    assert.deepEqual(await ann.type("@survey unicorn"), ['There is no "unicorn" here.']);
    assert.deepEqual(await carl.type("@survey"), ["Huh? I don't understand that command."]);
  });

  test("@audit: your own objects, anyone's for wizards", async () => {
    const mine = await ann.type("@audit");
    assert.equal(mine[0], `Objects owned by Ann (#${ann.avatar}):`);
    assert.equal(mine[1], `  #${ann.avatar} Ann [The Laboratory (#${lab()})]`);
    assert.ok(
      mine.some((l) => /^ {2}#\d+ box \[Ann \(#\d+\)\]$/.test(l)),
      mine.join("\n"),
    );
    assert.ok(
      mine.some((l) => /^ {2}#\d+ marble \[box \(#\d+\)\]$/.test(l)),
      mine.join("\n"),
    );
    assert.ok(
      mine.some((l) => /^ {2}#\d+ Garret \[nowhere\]$/.test(l)),
      mine.join("\n"),
    );
    assert.ok(!mine.some((l) => l.includes(" junk ") && l.includes("recycled")), "recycled things are not listed");
    assert.equal(mine.at(-1), "Done.");
    assert.deepEqual(await bob.type("@audit Ann"), ["Only wizards can audit other players."]);
    assert.deepEqual(await wiz.type("@audit Ann"), mine);
    assert.deepEqual(await carl.type("@audit"), [
      `Objects owned by Carl (#${carl.avatar}):`,
      `  #${carl.avatar} Carl [The Laboratory (#${lab()})]`,
      "Done.",
    ]);
    assert.deepEqual(await carl.type("@audit Carl"), await carl.type("@audit"));
    assert.deepEqual(await wiz.type("@audit nobody"), ['There is no player called "nobody".']);
  });

  test("@lastlog groups players by when they were last connected", async () => {
    await createPlayer(h.game.world, h.game.accounts, { login: "dora", password: "dora-password", name: "Dora" });
    const eve = await h.newPlayer("Eve");
    await eve.close();
    const fred = await h.newPlayer("Fred");
    await fred.close();
    await wiz.type(`; lookup("Fred").set("last_connected_time", Date.now() - 40 * 86400000)`);
    await wiz.type(`; lookup("Fred").set("last_connect_time", Date.now() - 41 * 86400000)`);
    const out = await carl.type("@lastlog");
    const at = (title: string) => out.indexOf(title);
    assert.equal(out[0], "Connected now:");
    for (const p of ["Wizard", "Ann", "Bob", "Pat", "Carl"]) {
      const i = out.findIndex((l) => l.startsWith(`  ${p} (#`));
      assert.ok(i > 0 && i < at("In the last day:"), `${p} is connected: ${out.join("\n")}`);
    }
    assert.match(out[at("In the last day:") + 1] ?? "", /^ {2}Eve \(#\d+\) {2}\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    assert.match(out[at("Longer ago:") + 1] ?? "", /^ {2}Fred \(#\d+\) {2}\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    assert.match(out[at("Never:") + 1] ?? "", /^ {2}Dora \(#\d+\)$/);
    assert.ok(at("In the last day:") < at("Longer ago:") && at("Longer ago:") < at("Never:"));
    assert.equal(at("In the last week:"), -1, "empty groups are left out");
    assert.deepEqual(await carl.type("@lastlog Dora"), [
      "Never:",
      `  Dora (#${tx()
        .players()
        .find((p) => tx().rec(p)?.name === "Dora")})`,
    ]);
    assert.equal((await carl.type("lastlog Ann"))[0], "Connected now:");
    assert.deepEqual(await carl.type("@lastlog nobody"), ['There is no player called "nobody".']);
  });

  test("@reload: unchanged, restores an edited verb, puts back a removed one", async () => {
    assert.deepEqual(await wiz.type("@reload say on $room"), ["Reloaded: 0 updated, 0 added, 1 unchanged, 0 failed."]);
    await wiz.type(
      '@edit $room:say with "// @verb say --on $room --dspec either --ispec any:any\\nimport { print } from \\"moo\\";\\nprint(\\"(muffled)\\");"',
    );
    heardAll();
    assert.deepEqual(await ann.type("say hi"), ["(muffled)"]);
    assert.deepEqual(wiz.heard(), []);
    assert.deepEqual(await wiz.type("@reload say on here"), [
      "say on #3 (room/say.ts): updated",
      "Reloaded: 1 updated, 0 added, 0 unchanged, 0 failed.",
    ]);
    assert.deepEqual(await ann.type("say hi"), ["You: hi"]);
    assert.deepEqual(wiz.heard(), ["Ann: hi"]);

    assert.match((await wiz.type("@rmverb $room:emote"))[0] ?? "", /^Verb emote removed from/);
    assert.deepEqual(await ann.type("emote waves"), ["Huh? I don't understand that command."]);
    const all = await wiz.type("@reload $room");
    assert.equal(all[0], "emote on #3 (room/emote.ts): added");
    assert.match(all[1] ?? "", /^Reloaded: 0 updated, 1 added, \d+ unchanged, 0 failed\.$/);
    assert.equal(all.length, 2);
    heardAll();
    assert.deepEqual(await ann.type("emote waves"), ["Ann waves"]);
    assert.deepEqual(wiz.heard(), ["Ann waves"]);
    const everything = await wiz.type("@reload all");
    assert.match(everything[0] ?? "", /^Reloaded: 0 updated, 0 added, \d{3} unchanged, 0 failed\.$/);
    assert.equal(everything.length, 1);
  });

  test("@reload: bad input and who may use it", async () => {
    assert.deepEqual(await wiz.type("@reload nosuch on $room"), ['#3 (Generic Room) has no verb "nosuch".']);
    assert.deepEqual(await wiz.type("@reload"), [
      "Usage: @reload <verb> on <obj>   or   @reload <obj>   or   @reload all",
    ]);
    assert.deepEqual(await wiz.type("@reload say with $room"), [
      "Usage: @reload <verb> on <obj>   or   @reload <obj>   or   @reload all",
    ]);
    assert.deepEqual(await wiz.type("@reload say on atlantis"), ['There is no "atlantis" here.']);
    const ball = idIn((await pat.type("@create ball"))[0]);
    await pat.type("@verb ball:bounce this none none");
    assert.deepEqual(await pat.type("@reload bounce on ball"), [
      `The verb bounce on #${ball} (ball) was not loaded from a default-world file.`,
    ]);
    assert.deepEqual(await pat.type("@reload ball"), ["No default-world verb files belong there."]);
    // Default-world verbs are the wizard's: a programmer may not rewrite them.
    assert.deepEqual(await pat.type("@reload say on $room"), [
      `#${pat.avatar} (Pat) is not allowed to 'write' on verb 'say' of #3 (Generic Room)`,
    ]);
    assert.deepEqual(await pat.type("@reload all"), [
      "Only wizards can reload every verb (the default world's verbs are theirs).",
    ]);
    const room = await pat.type("@reload $room");
    assert.equal(
      room[0],
      `accept on #3 (room/accept.ts): failed (#${pat.avatar} (Pat) is not allowed to 'write' on verb 'accept' of #3 (Generic Room))`,
    );
    assert.equal(room.length, 22);
    assert.match(room[20] ?? "", /^\.\.\. and \d+ more\.$/);
    assert.match(room[21] ?? "", /^Reloaded: 0 updated, 0 added, 0 unchanged, \d+ failed\.$/);
    assert.deepEqual(await ann.type("@reload say on $room"), ["Huh? I don't understand that command."]);
  });
});
