/**
 * Daemons and NPCs (issue 8): $daemon (enable / disable / tick / on_tick / trigger / recycle),
 * $npc (say, act), $wanderer (act), and the wizard commands @daemon and @npc — typed through the
 * real parser and runtime. Time is advanced by running the scheduler by hand at a later "now"
 * (the harness's own polling scheduler is stopped so nothing runs behind the test's back).
 * On SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { harnessModes } from "../helpers/backends.js";
import { type Harness, startHarness, type TestPlayer } from "../helpers/world-harness.js";

const modes = harnessModes();

for (const mode of modes)
  describe(`default world: daemons and NPCs (${mode.name})`, () => {
    let h: Harness;
    let drop: () => Promise<void> = async () => {};
    let wiz: TestPlayer;
    let ann: TestPlayer;
    let clock = Date.now();

    /** Runs what the scheduler would run `seconds` later (than now, or than the last advance). */
    async function advance(seconds: number): Promise<number> {
      // Schedules are made at real time: the clock never lags it (a slow machine takes seconds).
      clock = Math.max(clock, Date.now()) + seconds * 1000;
      return h.game.scheduler.runDue(new Date(clock));
    }
    async function value(code: string): Promise<string> {
      const out = await wiz.type(`;${code}`);
      assert.equal(out.length, 1, out.join("\n"));
      return (out[0] ?? "").replace(/^=> /, "");
    }
    async function idOf(name: string): Promise<number> {
      const m = /#(\d+)/.exec((await wiz.type(`@npc create ${name}`))[0] ?? "");
      assert.ok(m, `no object number for ${name}`);
      return Number(m[1]);
    }

    before(async () => {
      const m = await mode.env();
      drop = m.drop;
      h = await startHarness(m.env);
      await h.game.scheduler.stop();
      wiz = await h.login("wizard");
      ann = await h.newPlayer("Ann", { builder: true, programmer: true });
      wiz.heard();
      ann.heard();
    });
    after(async () => {
      await h.close();
      await drop();
    });

    test("@npc create makes an account-less player here with the NPC defaults", async () => {
      const out = await wiz.type("@npc create Bob");
      assert.match(out[0] ?? "", /^Created Bob \(#\d+\), a Generic NPC, in The Laboratory\.$/);
      assert.deepEqual(ann.heard(), []);
      assert.equal(await value(`lookup("Bob").isPlayer`), "true");
      assert.equal(await value(`lookup("Bob").get("interval")`), "30");
      assert.equal(
        await value(`lookup("Bob").get("description")`),
        '"A nondescript person, going about their business."',
      );
      assert.equal(await value(`lookup("Bob").isA($.daemon)`), "true");
      await assert.rejects(h.login("bob", "anything"));
      assert.ok((await wiz.type("look")).some((l) => /Bob/.test(l)));
    });

    test("@daemon enable / list / disable, and ticks on the schedule", async () => {
      assert.deepEqual(await wiz.type("@daemon enable Bob"), ["Bob enabled (interval=30s)."]);
      assert.deepEqual(await wiz.type("@daemon enable bob"), ["Bob is already enabled (interval=30s)."]);
      assert.equal(await value(`schedules(lookup("Bob")).length`), "1");
      const list = await wiz.type("@daemon list");
      assert.equal(list[0], "Daemons:");
      assert.match(list.find((l) => l.includes("Bob")) ?? "", /^ {2}Bob \(#\d+\): enabled, every 30s, 0 ticks$/);

      await advance(10);
      assert.equal(await value(`lookup("Bob").get("tick_count")`), "0", "nothing is due after 10 s");
      await advance(21);
      assert.equal(await value(`lookup("Bob").get("tick_count")`), "1");
      assert.match(await value(`lookup("Bob").get("last_tick_at")`), /^"\d{4}-\d\d-\d\dT/);
      await advance(31);
      assert.equal(await value(`lookup("Bob").get("tick_count")`), "2");
      assert.match(
        (await wiz.type("@daemon list")).find((l) => l.includes("Bob")) ?? "",
        /enabled, every 30s, 2 ticks$/,
      );

      assert.deepEqual(await wiz.type("@daemon disable Bob"), ["Bob disabled."]);
      assert.deepEqual(await wiz.type("@daemon disable Bob"), ["Bob is not enabled."]);
      assert.equal(await value(`schedules(lookup("Bob")).length`), "0");
      assert.match((await wiz.type("@daemon list")).find((l) => l.includes("Bob")) ?? "", /: off, every 30s, 2 ticks$/);
      await advance(31);
      await advance(31);
      assert.equal(await value(`lookup("Bob").get("tick_count")`), "2");
    });

    test("@daemon trigger ticks once now; a new interval replaces the schedule", async () => {
      assert.deepEqual(await wiz.type("@daemon trigger Bob"), ["Bob ticked (tick 3)."]);
      await wiz.type("@daemon enable Bob");
      await wiz.type(`;lookup("Bob").set("interval", 5)`);
      assert.deepEqual(await wiz.type("@daemon enable Bob"), ["Bob enabled (interval=5s)."]);
      assert.equal(await value(`schedules(lookup("Bob")).map((s) => s.every).join(",")`), '"5"');
      await advance(6);
      assert.equal(await value(`lookup("Bob").get("tick_count")`), "4");
      await wiz.type("@daemon disable Bob");
    });

    test("NPC say: the room hears it like a player's say", async () => {
      const said = await wiz.type(`;lookup("Bob").call("say", "Lovely weather.")`);
      assert.deepEqual(said, ["=> true", "Bob: Lovely weather."]);
      assert.deepEqual(ann.heard(), ["Bob: Lovely weather."]);
      const r = await ann.run(`;lookup("Bob").call("say", "I am Ann really")`);
      assert.equal(r.status, 1);
      assert.match(r.lines.join("\n"), /Only a wizard or Bob's owner can put words in its mouth\./);
      assert.deepEqual(wiz.heard(), []);
    });

    test("a wanderer wanders between its rooms, announcing leaving and arriving", async () => {
      const walker = await idOf("Walker from $wanderer");
      assert.equal(await value(`lookup(${walker}).get("interval")`), "30");
      const dug = await wiz.type("@dig east to Garden");
      const garden = Number(/#(\d+)/.exec(dug[0] ?? "")?.[1]);
      const lab = Number(await value("player.location.id"));
      assert.deepEqual(await wiz.type(`@npc destinations Walker #${lab} #${garden}`), [
        `Walker will wander between The Laboratory (#${lab}), Garden (#${garden}).`,
      ]);
      wiz.heard();
      ann.heard();
      await wiz.type("@daemon enable Walker");
      await advance(31);
      assert.equal(await value(`lookup(${walker}).location.id`), String(garden));
      assert.deepEqual(ann.heard(), ["Walker wanders off."]);
      // Someone in the garden sees it arrive.
      await ann.type("east");
      ann.heard();
      wiz.heard();
      await advance(31);
      assert.equal(await value(`lookup(${walker}).location.id`), String(lab));
      assert.deepEqual(ann.heard(), ["Walker wanders off."]);
      assert.deepEqual(wiz.heard(), ["Walker wanders in."]);
      // The garden has no way back (@dig makes one exit): the wizard brings Ann home.
      assert.match(
        (await wiz.type(`@move #${ann.avatar} to #${lab}`))[0] ?? "",
        /^Moved Ann \(#\d+\) to The Laboratory/,
      );
      ann.heard();
      wiz.heard();
      // Its messages are pronoun-substituted.
      await wiz.type(`;lookup(${walker}).set("wander_leave_msg", "%N shuffles away, muttering to %r.")`);
      await wiz.type("@daemon trigger Walker");
      assert.deepEqual(ann.heard(), ["Walker shuffles away, muttering to themselves."]);
      await wiz.type("@daemon disable Walker");
      // No other room: it stays put.
      assert.deepEqual(await wiz.type(`@npc destinations Walker #${garden}`), [
        `Walker will wander between Garden (#${garden}).`,
      ]);
      assert.deepEqual(await wiz.type("@daemon trigger Walker"), ["Walker ticked (tick 4)."]);
      assert.equal(await value(`lookup(${walker}).location.id`), String(garden));
      assert.deepEqual(await wiz.type("@npc destinations Walker"), ["Walker will stay put."]);
    });

    test("a failing on_tick is recorded and the schedule keeps running", async () => {
      const id = Number(await value(`create("Grumpy", { parents: [$.daemon], location: player.location }).id`));
      await wiz.type(`;lookup(${id}).addVerb("on_tick", { code: "throw new Error('gears jammed');", dspec: "this" })`);
      await wiz.type(`;lookup(${id}).set("interval", 10)`);
      assert.deepEqual(await wiz.type(`@daemon enable #${id}`), ["Grumpy enabled (interval=10s)."]);
      await advance(11);
      await advance(11);
      const line = (await wiz.type("@daemon list")).find((l) => l.includes("Grumpy")) ?? "";
      assert.match(line, /: enabled, every 10s, 0 ticks, last error: .*gears jammed/);
      // Repaired, it ticks at the next run.
      await wiz.type(`;lookup(${id}).setVerbCode("on_tick", "return null;")`);
      await advance(11);
      assert.equal(await value(`lookup(${id}).get("tick_count")`), "1");
      // and the error is cleared: `last error` is about the schedule as it is now.
      assert.match(
        (await wiz.type("@daemon list")).find((l) => l.includes("Grumpy")) ?? "",
        /: enabled, every 10s, 1 tick$/,
      );
      await wiz.type(`@daemon disable #${id}`);
    });

    test("ticks run as the daemon's owner, with the daemon as the player", async () => {
      const annId = ann.avatar;
      const id = Number(
        await value(`create("Sprite", { parents: [$.daemon], owner: lookup(${annId}), location: player.location }).id`),
      );
      // Ann programs her daemon; the wizard enables it.
      const code = `import { create } from "moo";\nthis.set("seen", [player, player.owner, create("spark").owner]);`;
      const add = await ann.run(`;lookup(${id}).addVerb("on_tick", { code: ${JSON.stringify(code)}, dspec: "this" })`);
      assert.equal(add.status, 0, add.lines.join("\n"));
      await wiz.type(`;lookup(${id}).set("interval", 7)`);
      await wiz.type(`@daemon enable #${id}`);
      await advance(8);
      assert.match(
        (await wiz.type("@daemon list")).find((l) => l.includes("Sprite")) ?? "",
        /: enabled, every 7s, 1 tick$/,
      );
      assert.equal(await value(`lookup(${id}).get("seen").map(String).join(" ")`), `"#${id} #${annId} #${annId}"`);
      // Ann may stop her own daemon, not enable one.
      assert.match(
        (await ann.run(`;lookup(${id}).call("enable")`)).lines.join("\n"),
        /Only a wizard can enable a daemon\./,
      );
      assert.deepEqual((await ann.run(`;lookup(${id}).call("disable")`)).lines, ["Sprite disabled.", "=> true"]);
    });

    test("an orphaned daemon (schedule gone) is shown as such and enable heals it", async () => {
      const id = Number(await value(`create("Ghost", { parents: [$.daemon], location: player.location }).id`));
      await wiz.type(`@daemon enable #${id}`);
      await wiz.type(`;cancelSchedule(lookup(${id}).get("schedule"))`);
      assert.match(
        (await wiz.type("@daemon list")).find((l) => l.includes("Ghost")) ?? "",
        /: orphan, every 60s, 0 ticks$/,
      );
      assert.deepEqual(await wiz.type(`@daemon enable #${id}`), ["Ghost enabled (interval=60s)."]);
      assert.match((await wiz.type("@daemon list")).find((l) => l.includes("Ghost")) ?? "", /: enabled, every 60s/);
    });

    test("recycling a daemon disables it", async () => {
      const id = Number(await value(`create("Clock", { parents: [$.daemon], location: player.location }).id`));
      await wiz.type(`@daemon enable #${id}`);
      const sid = await value(`lookup(${id}).get("schedule")`);
      assert.equal(await value(`schedules().filter((s) => s.id === ${sid}).length`), "1");
      assert.deepEqual(await wiz.type(`@recycle #${id}`), [`Clock (#${id}) recycled.`]);
      assert.equal(await value(`schedules().filter((s) => s.id === ${sid}).length`), "0");
      assert.ok(!(await wiz.type("@daemon list")).some((l) => l.includes("Clock")));
    });

    test("an NPC can be recycled (its ticks stop), restored, and destroyed; a real player cannot", async () => {
      const id = await idOf("Pip");
      await wiz.type(`@daemon enable #${id}`);
      const sid = await value(`lookup(${id}).get("schedule")`);
      assert.deepEqual(await wiz.type(`@recycle #${id}`), [`Pip (#${id}) recycled.`]);
      assert.equal(await value(`schedules().filter((s) => s.id === ${sid}).length`), "0");
      assert.ok(!(await wiz.type("look")).some((l) => /Pip/.test(l)), "gone from the room");
      assert.ok(!(await wiz.type("@who")).some((l) => /Pip/.test(l)));
      assert.match((await wiz.type(`@restore #${id}`))[0] ?? "", /Pip/);
      assert.equal(await value(`valid(lookup(${id}))`), "true");
      assert.equal(await value(`lookup(${id}).isPlayer`), "true", "a player again");
      assert.deepEqual(await wiz.type(`@destroy #${id}`), [`Pip (#${id}) destroyed for good.`]);
      assert.equal(await value(`valid(${id})`), "false");
      assert.deepEqual(await wiz.type("@recycle Ann"), ["Players can't be recycled this way."]);
      assert.deepEqual(await wiz.type("@destroy Ann"), ["Players can't be destroyed."]);
      assert.equal(await value(`lookup("Ann").isPlayer`), "true");
    });

    test("bad input gets clear messages; only wizards use the commands", async () => {
      assert.deepEqual(await wiz.type("@daemon frobnicate Bob"), [
        "Usage: @daemon list | enable <daemon> | disable <daemon> | trigger <daemon>",
      ]);
      assert.deepEqual(await wiz.type("@daemon enable"), [
        "Usage: @daemon list | enable <daemon> | disable <daemon> | trigger <daemon>",
      ]);
      assert.deepEqual(await wiz.type("@daemon enable Nobody"), ['There is no "Nobody" here.']);
      assert.deepEqual(await wiz.type("@daemon enable Ann"), [`Ann (#${ann.avatar}) is not a daemon.`]);
      assert.deepEqual(await wiz.type("@npc create Zed from $thing"), [
        "Generic Thing (#" + (await value("$.thing.id")) + ") is not an NPC class (a descendant of $npc).",
      ]);
      assert.deepEqual(await wiz.type("@npc destinations Bob $thing"), [
        `Generic Thing (#${await value("$.thing.id")}) is not a room.`,
      ]);
      assert.deepEqual(await wiz.type("@npc"), [
        "Usage: @npc create <name> [from <parent>] | @npc destinations <npc> <room>...",
      ]);
      await wiz.type(`;lookup("Bob").set("interval", 0)`);
      assert.deepEqual(await wiz.type("@daemon enable Bob"), [
        "Bob's interval must be a positive number of seconds, not 0.",
      ]);
      await wiz.type(`;lookup("Bob").set("interval", 30)`);
      // The commands live on $wizard: to anyone else they are unknown (as in LambdaMOO), and
      // reaching the verbs as methods is refused.
      for (const line of ["@daemon list", "@daemon enable Bob", "@npc create Evil"]) {
        assert.deepEqual(await ann.type(line), ["Huh? I don't understand that command."], line);
      }
      for (const verb of ["@daemon", "@npc"]) {
        const r = await ann.run(`;$.wizard.call(${JSON.stringify(verb)})`);
        assert.equal(r.status, 1, verb);
        assert.match(r.lines.join("\n"), /Only wizards can do that\./, verb);
      }
      assert.match((await wiz.type(`;lookup("Evil")`)).join("\n"), /There is no 'Evil' here\./);
      assert.match(
        (await ann.run(`;lookup("Bob").call("tick")`)).lines.join("\n"),
        /Only a wizard or Bob's owner can make it tick\./,
      );
      assert.match(
        (await ann.run(`;lookup("Bob").call("trigger")`)).lines.join("\n"),
        /Only a wizard or Bob's owner can make it tick\./,
      );
    });
  });
