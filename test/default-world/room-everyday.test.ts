/**
 * Everyday commands in the default world (spec §9.3 $room/$player/$thing, §9.4 huh): looking,
 * talking, walking, carrying, giving, paging, home — what the actor sees, what others see, and
 * the world state afterwards.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sysObj } from "../../src/world/index.js";
import { type Harness, startHarness, type TestPlayer } from "../helpers/world-harness.js";

describe("everyday commands", () => {
  let h: Harness;
  let wiz: TestPlayer;
  let ann: TestPlayer;
  let bob: TestPlayer;
  const quiet = () => {
    wiz.heard();
    ann.heard();
    bob.heard();
  };
  const locationOf = (id: number) => h.game.world.begin().rec(id)?.location;
  const sys = (name: string) => sysObj(h.game.world.begin(), name) as number;

  before(async () => {
    h = await startHarness();
    wiz = await h.login("wizard");
    ann = await h.newPlayer("Ann", { builder: true });
    bob = await h.newPlayer("Bob");
    quiet();
  });
  after(async () => {
    await h.close();
  });

  test("look: room title, description, players and exits; look here / look me", async () => {
    const out = await bob.type("look");
    assert.equal(out[0], "The Laboratory");
    assert.ok(out.includes("Wizard and Ann are here."), out.join("\n"));
    assert.equal(out.at(-1), "Exits: north");
    assert.deepEqual(await bob.type("l"), out);
    assert.equal((await bob.type("look here"))[0], "The Laboratory");
    assert.deepEqual(await bob.type("look me"), ["A player, just like you.", "They are awake and look alert."]);
  });

  test("look at a player shows their description and whether they are awake", async () => {
    await wiz.type("@gender male");
    assert.deepEqual(await bob.type("look Wizard"), ["A player, just like you.", "He is awake and looks alert."]);
    assert.deepEqual(await bob.type("look at wizard"), ["A player, just like you.", "He is awake and looks alert."]);
    const cy = await h.newPlayer("Cy");
    await cy.close();
    assert.deepEqual(await bob.type("look Cy"), ["A player, just like you.", "They are sleeping."]);
    quiet();
  });

  test("look at something missing, ambiguous; look through an exit; look at an exit", async () => {
    assert.deepEqual(await bob.type("look xyzzy"), ['There is no "xyzzy" here.']);
    const through = await bob.type("look through north");
    assert.equal(through[0], "The Neighborhood");
    assert.match(through[1] ?? "", /quiet street/);
    assert.deepEqual(await bob.type("look north"), ["Not much to see here."]);
    await ann.type("@create red ball");
    await ann.type("@create blue ball");
    assert.deepEqual(await ann.type("look ball"), ['I don\'t know which "ball" you mean.']);
    await ann.type("@recycle red ball");
    await ann.type("@recycle blue ball");
  });

  test("say and the \" shortcut; emote and the : shortcut show the actor's name to everyone", async () => {
    assert.deepEqual(await bob.type("say Hello, world"), ["You: Hello, world"]);
    assert.deepEqual(wiz.heard(), ["Bob: Hello, world"]);
    assert.deepEqual(ann.heard(), ["Bob: Hello, world"]);
    assert.deepEqual(await bob.type('"hi'), ["You: hi"]);
    assert.deepEqual(ann.heard(), ["Bob: hi"]);
    assert.deepEqual(await bob.type("emote waves."), ["Bob waves."]);
    assert.deepEqual(ann.heard(), ["Bob waves."]);
    assert.deepEqual(await bob.type(":'s hat falls off."), ["Bob's hat falls off."]);
    assert.deepEqual(wiz.heard(), ["Bob: hi", "Bob waves.", "Bob's hat falls off."]);
    quiet();
  });

  test("walking: compass words, short forms, go with several steps, the wrong way", async () => {
    const out = await bob.type("north");
    assert.deepEqual(out.slice(0, 3), [
      "You leave The Laboratory.",
      "You arrive at The Neighborhood.",
      "The Neighborhood",
    ]);
    assert.deepEqual(wiz.heard(), ["Bob leaves The Laboratory."]);
    assert.equal(locationOf(bob.avatar), sys("neighborhood"));
    assert.deepEqual(await bob.type("west"), ["You can't go that way."]);
    assert.deepEqual(await bob.type("ne"), ["You can't go that way."]);
    assert.equal((await bob.type("s"))[1], "You arrive at The Laboratory.");
    assert.deepEqual(wiz.heard(), ["Bob arrives at The Laboratory."]);
    const both = await bob.type("go north south");
    assert.ok(both.includes("You arrive at The Neighborhood."), both.join("\n"));
    assert.ok(both.includes("You arrive at The Laboratory."), both.join("\n"));
    assert.equal(locationOf(bob.avatar), sys("player_start"));
    assert.deepEqual(await bob.type("go"), ["Go where?"]);
    assert.deepEqual(await bob.type("go west north"), ["You can't go that way."]);
    assert.equal(locationOf(bob.avatar), sys("player_start"), "the walk stops at the first wrong step");
    quiet();
  });

  test("home and @sethome", async () => {
    quiet();
    await bob.type("north");
    const first = await bob.type("home");
    assert.equal(first[0], "Your home was not set. It has been set to the default location.");
    assert.equal(first[1], "There's no place like home...");
    assert.equal(first[2], "The Laboratory");
    assert.deepEqual(ann.heard(), ["Bob leaves The Laboratory.", "Bob arrives home."]);
    assert.deepEqual(await bob.type("home"), ["You are already at home."]);
    await bob.type("north");
    assert.deepEqual(await bob.type("@sethome"), ["Your home has been set to your current location."]);
    await bob.type("south");
    assert.equal((await bob.type("home"))[1], "The Neighborhood");
    assert.equal(locationOf(bob.avatar), sys("neighborhood"));
    await wiz.type('; $.neighborhood.set("free_entry", false)');
    assert.deepEqual(await bob.type("@sethome"), [
      "You cannot set your home to this location. It is not allowing you to enter.",
    ]);
    await wiz.type('; $.neighborhood.set("free_entry", true)');
    await bob.type("south");
    assert.deepEqual(await bob.type("@sethome"), ["Your home has been set to your current location."]);
    quiet();
  });

  test("exit names and aliases typed bare; ambiguous exits", async () => {
    await ann.type("@dig northeast to Attic");
    const out = await bob.type("northeast");
    assert.equal(out[1], "You arrive at Attic.");
    await bob.type("home");
    await ann.type("@dig out to Garden");
    assert.equal((await bob.type("out"))[1], "You arrive at Garden.");
    await bob.type("home");
    await ann.type("@tunnel north to Garden");
    assert.deepEqual(await ann.type("@tunnel north to Garden"), ["There is already an exit in that direction."]);
    quiet();
  });

  test("huh: unknown commands, unknown objects, setting messages with @<name>_msg", async () => {
    assert.deepEqual(await bob.type("xyzzy"), ["Huh? I don't understand that command."]);
    assert.deepEqual(await bob.type("xyzzy plugh"), ["Huh? I don't understand that command."]);
    assert.deepEqual(await bob.type("take lunch"), ['There is no "lunch" here.']);
    await ann.type("@create hat");
    assert.deepEqual(await ann.type('@take_succeeded hat is "You grab %t."'), ["Message 'take_succeeded_msg' set."]);
    await ann.type("drop hat");
    assert.deepEqual(await ann.type("take hat"), ["You grab hat."]);
    await ann.type("drop hat");
    assert.deepEqual(await bob.type('@take_succeeded hat is "Mine!"'), ["You don't own that."]);
    assert.deepEqual(await bob.type("@nosuch hat is x"), ["Huh? I don't understand that command."]);
    await ann.type('@take_succeeded hat is "You take %t."');
    quiet();
  });

  test("take, drop, inventory; taking from others; taking players", async () => {
    assert.deepEqual(await bob.type("inventory"), ["You are empty-handed."]);
    quiet();
    assert.deepEqual(await bob.type("take hat"), ["You take hat."]);
    assert.deepEqual(ann.heard(), ["Bob picks up hat."]);
    const carried = h.game.world.begin().rec(bob.avatar)?.contents ?? [];
    assert.deepEqual(
      carried.map((id) => h.game.world.begin().rec(id)?.name),
      ["hat"],
    );
    assert.deepEqual(await bob.type("take hat"), ["You already have hat in your inventory."]);
    assert.deepEqual(await bob.type("i"), ["You are carrying:", "  hat"]);
    assert.deepEqual(await bob.type("get Ann"), ["You can't take a player!"]);
    assert.deepEqual(ann.heard(), ["Bob tried unsuccessfully to take you."]);
    assert.deepEqual(await bob.type("drop hat"), ["You drop hat."]);
    assert.deepEqual(wiz.heard(), ["Bob picks up hat.", "Bob drops hat."]);
    assert.deepEqual(await bob.type("drop hat"), ["You check your pockets, but can't find hat."]);
    await bob.type("take hat");
    assert.deepEqual(await bob.type("throw Ann"), ["You check your pockets, but can't find Ann."]);
    await bob.type("drop hat");
    quiet();
  });

  test("give: to a player here, to yourself, to nobody, something you don't have", async () => {
    await bob.type("take hat");
    quiet();
    assert.deepEqual(await bob.type("give hat to Ann"), ["You give hat to Ann."]);
    assert.deepEqual(ann.heard(), ["Bob gives you hat."]);
    assert.deepEqual(wiz.heard(), ["Bob gives hat to Ann."]);
    assert.deepEqual(await ann.type("i"), ["You are carrying:", "  hat"]);
    assert.deepEqual(await ann.type("give hat to me"), ["You can't give something to yourself."]);
    assert.deepEqual(await ann.type("give hat"), ["Give to whom?"]);
    assert.deepEqual(await ann.type("hand hat to Zed"), ['There is no "Zed" here.']);
    assert.deepEqual(await bob.type("give hat to Ann"), ["What do you want to give?"]);
    await wiz.type("@create rock");
    assert.deepEqual(await wiz.type("give rock to north"), ['There is no "north" here.']);
    assert.deepEqual(await wiz.type("give rock to Ann"), ["You give rock to Ann."]);
    assert.deepEqual(await ann.type("give rock to Wizard"), ["You give rock to Wizard."]);
    await wiz.type("drop rock");
    quiet();
  });

  test("page: with and without a message, to a sleeping player, to nobody", async () => {
    quiet();
    assert.deepEqual(await bob.type("page Ann with meet me at the lab"), ["Your message has been sent."]);
    assert.deepEqual(ann.heard(), [
      "You sense that Bob is looking for you in The Laboratory.",
      'Bob pages, "meet me at the lab"',
    ]);
    assert.deepEqual(await bob.type("page wizard"), ["Your message has been sent."]);
    assert.deepEqual(wiz.heard(), ["You sense that Bob is looking for you in The Laboratory."]);
    assert.deepEqual(await bob.type("page Cy with hello"), ["Cy is not currently logged in."]);
    assert.deepEqual(await bob.type("page Nobody"), ['There is no player called "Nobody".']);
  });

  test("whisper: only the target hears", async () => {
    assert.deepEqual(await bob.type("whisper the eagle lands to Ann"), ["You whisper to Ann: the eagle lands"]);
    assert.deepEqual(ann.heard(), ["Bob whispers to you: the eagle lands"]);
    assert.deepEqual(wiz.heard(), []);
    assert.deepEqual(await bob.type("whisper hello to Nobody"), ['There is no "Nobody" here to whisper to.']);
  });

  test("@whereis, @gender", async () => {
    assert.deepEqual(await bob.type("@whereis Ann"), ["Found the following players:", "  Ann is in The Laboratory."]);
    assert.deepEqual(await bob.type("@whereis Nobody"), ['There is no player called "Nobody".']);
    const all = await bob.type("@whereis");
    assert.equal(all[0], "Found the following players:");
    assert.ok(all.includes("  Wizard is in The Laboratory."), all.join("\n"));
    assert.deepEqual(await bob.type("@gender female"), ["Gender set to female, and pronouns updated."]);
    const shown = await bob.type("@gender");
    assert.equal(shown[0], "Your gender is currently female.");
    assert.equal(shown[1], "Your pronouns: she/her/her/herself/hers");
    assert.deepEqual(await bob.type("@gender robot"), ["Gender must be one of: neuter, male, female, plural."]);
    assert.equal(h.game.world.begin().getProp(bob.avatar, bob.avatar, "ps"), "she");
  });

  test("examine shows owner, parents, aliases, description, key (to the owner) and contents", async () => {
    await ann.type("@create lamp,light");
    await ann.type('@describe lamp as "A brass lamp."');
    await ann.type("@lock lamp with me");
    const ex = await ann.type("examine lamp");
    assert.match(ex[0] ?? "", /^lamp \(#\d+\) is owned by Ann \(#\d+\)\.$/);
    assert.match(ex[1] ?? "", /^Parents: Generic Thing \(#\d+\)$/);
    assert.equal(ex[2], "Aliases: light");
    assert.equal(ex[3], "A brass lamp.");
    assert.ok(ex.includes(`Key: Ann (#${ann.avatar})`), ex.join("\n"));
    await ann.type("drop lamp");
    const other = await bob.type("exam lamp");
    assert.ok(!other.some((l) => l.startsWith("Key:")), other.join("\n"));
    quiet();
  });

  test("@messages lists the messages with the command that sets each", async () => {
    const msgs = await bob.type("@messages lamp");
    assert.match(msgs[0] ?? "", /^Messages on lamp \(#\d+\):$/);
    assert.ok(msgs.includes('  @take_succeeded lamp is "You take %t."'), msgs.join("\n"));
  });

  test("explain: a command missing the object it needs, or given one it doesn't take", async () => {
    quiet();
    assert.deepEqual(await bob.type("give"), [
      'The verb "give" requires a direct object.',
      "Usage: give <thing> to <player>",
    ]);
    assert.deepEqual(await bob.type("page"), [
      'The verb "page" requires a direct object.',
      "Usage: page <player> [with <message>]",
    ]);
    assert.deepEqual(await bob.type("examine"), [
      'The verb "examine" requires a direct object.',
      "Usage: examine <obj>",
    ]);
    // `take` means different things for players and things: no single usage line.
    assert.deepEqual(await bob.type("take"), ['The verb "take" requires a direct object.']);
    assert.deepEqual(await bob.type("inventory hat"), ['The verb "inventory" doesn\'t take a direct object.']);
    assert.deepEqual(await bob.type("@who Ann"), ['The verb "@who" doesn\'t take a direct object.']);
    assert.deepEqual(await bob.type("home now"), ['The verb "home" doesn\'t take a direct object.']);
    assert.deepEqual(await bob.type("xyzzy"), ["Huh? I don't understand that command."]);
    assert.deepEqual(await bob.type("@create thing"), ["Huh? I don't understand that command."], "not a builder");
    assert.deepEqual(wiz.heard(), []);
  });

  test("say and emote with nothing to say; l, get and look in/at the short ways", async () => {
    quiet();
    assert.deepEqual(await bob.type("say"), ["What do you want to say?"]);
    assert.deepEqual(await bob.type('"'), ["What do you want to say?"]);
    assert.deepEqual(await bob.type("emote"), ["What do you want to do?"]);
    assert.deepEqual(await bob.type(":"), ["What do you want to do?"]);
    assert.deepEqual(wiz.heard(), [], "nothing is announced");
    const l = await bob.type("l");
    assert.equal(l[0], "The Laboratory");
    assert.deepEqual(await bob.type("l lamp"), ["A brass lamp."]);
    assert.deepEqual(await bob.type("l at lamp"), ["A brass lamp."]);
    assert.deepEqual(await bob.type("get lamp"), ["You can't pick that up."], "Ann locked it to herself");
    assert.deepEqual(await ann.type("get lamp"), ["You take lamp."]);
    assert.deepEqual(bob.heard(), ["Ann picks up lamp."]);
    assert.deepEqual(await bob.type("l lamp"), ['There is no "lamp" here.'], "it is in Ann's hands now");
    assert.deepEqual(await ann.type("drop lamp"), ["You drop lamp."]);
  });
});
