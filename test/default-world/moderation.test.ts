/**
 * Wizard moderation through the real parser, runtime and login path (spec §9.3 $wizard, §9.7,
 * §4.5): @suspend (for some hours or until lifted, with a reason), @unsuspend, @ban, @auditlog;
 * sanctioned accounts are disconnected and refused at login with the reason — through the
 * gateway the front-ends use and through the telnet `connect` line; a timed suspension lapses;
 * wizards (staff) cannot be sanctioned; only wizards may moderate — on SQLite and, when
 * TEST_DATABASE_URL is set, on PostgreSQL. (`@eject` is tested in builder-commands.test.ts.)
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type RunningServer, startTelnetServer } from "../../src/frontends/index.js";
import { TelnetTestClient } from "../../src/frontends/testing/telnet-test-client.js";
import { createPlayer } from "../../src/world/index.js";
import { harnessModes } from "../helpers/backends.js";
import {
  assertHelpSyntax,
  type Harness,
  startHarness,
  type TestPlayer,
  WIZARD_PASSWORD,
} from "../helpers/world-harness.js";

const modes = harnessModes();

/** `2026-12-03 21:40 UTC` */
const DATE = /\d{4}-\d\d-\d\d \d\d:\d\d UTC/;
const HUH = "Huh? I don't understand that command.";

for (const mode of modes) {
  describe(`moderation on ${mode.name}`, () => {
    let h: Harness;
    let drop: () => Promise<void>;
    let server: RunningServer;
    let wiz: TestPlayer;
    let ann: TestPlayer;
    let bob: TestPlayer;
    let pat: TestPlayer;

    /** Logs in through the gateway the front-ends use: the account, or the refusal message. */
    const tryLogin = async (login: string, password = `${login[0]?.toUpperCase()}${login.slice(1)}-password`) => {
      const r = await h.game.gateway.login(login, password);
      return r.ok ? "ok" : r.message;
    };
    const statusOf = async (login: string) => (await h.game.accounts.byLogin(login))?.status;

    before(async () => {
      const m = await mode.env();
      drop = m.drop;
      h = await startHarness(m.env);
      wiz = await h.login("wizard");
      ann = await h.newPlayer("Ann");
      bob = await h.newPlayer("Bob");
      pat = await h.newPlayer("Pat", { programmer: true });
      server = await startTelnetServer({ gateway: h.game.gateway, host: "127.0.0.1", port: 0 });
    });
    after(async () => {
      await server.close();
      await h.close();
      await drop();
    });

    test("@suspend for N hours: disconnected and refused at login with the end and the reason; @unsuspend", async () => {
      const before = Date.now();
      const out = await wiz.type('@suspend Bob for 2 hours with "Spamming the lobby"');
      assert.equal(out.length, 2, out.join("\n"));
      const m = new RegExp(`^Bob \\(#${bob.avatar}\\) is suspended until (${DATE.source})\\.$`).exec(out[0] ?? "");
      assert.ok(m, out[0]);
      const until = m[1] as string;
      // Two hours from now, to the minute.
      const end = Date.parse(`${until.replace(" UTC", "").replace(" ", "T")}:00Z`);
      assert.ok(Math.abs(end - (before + 2 * 3_600_000)) < 2 * 60_000, `${until} is not two hours from now`);
      assert.equal(out[1], "Bob has been disconnected.");

      // Bob's session was ended with the reason.
      const refusal = `This account is suspended until ${until}. Reason: Spamming the lobby.`;
      assert.deepEqual(bob.events.at(-1), { type: "disconnect", reason: refusal });
      // The login path refuses him with the same words; a wrong password still reveals nothing.
      assert.equal(await tryLogin("bob"), refusal);
      assert.equal(
        await tryLogin("bob", "not-his-password"),
        "Either that player does not exist, or has a different password.",
      );
      assert.equal(await statusOf("bob"), "suspended");

      assert.deepEqual(await wiz.type("@unsuspend Bob"), [`Bob (#${bob.avatar}) may log in again (was suspended).`]);
      assert.equal(await tryLogin("bob"), "ok");
      assert.deepEqual(await wiz.type("@unsuspend bob"), [`Bob (#${bob.avatar}) is not suspended or banned.`]);
      bob = await h.login("bob", "Bob-password");
      assert.deepEqual(await bob.type("say back"), ["You: back"]);
    });

    test("@suspend without hours lasts until lifted; @ban; @unsuspend lifts a ban too", async () => {
      const cy = await h.newPlayer("Cy");
      assert.deepEqual(await wiz.type("@suspend Cy"), [
        `Cy (#${cy.avatar}) is suspended until you @unsuspend them.`,
        "Cy has been disconnected.",
      ]);
      assert.deepEqual(cy.events.at(-1), { type: "disconnect", reason: "This account is suspended." });
      assert.equal(await tryLogin("cy"), "This account is suspended.");

      // Banning a suspended player (already disconnected: nothing to say about that).
      assert.deepEqual(await wiz.type("@ban Cy with Repeated harassment after a warning."), [
        `Cy (#${cy.avatar}) is banned.`,
      ]);
      assert.equal(await tryLogin("cy"), "This account has been banned. Reason: Repeated harassment after a warning.");
      assert.equal(await statusOf("cy"), "banned");

      assert.deepEqual(await wiz.type("@unsuspend Cy"), [`Cy (#${cy.avatar}) may log in again (was banned).`]);
      assert.equal(await tryLogin("cy"), "ok");
      assert.equal(await statusOf("cy"), "active");

      // A connected player who is banned is told why and disconnected.
      const cy2 = await h.login("cy", "Cy-password");
      assert.deepEqual(await wiz.type("@ban cy"), [`Cy (#${cy.avatar}) is banned.`, "Cy has been disconnected."]);
      assert.deepEqual(cy2.events.at(-1), { type: "disconnect", reason: "This account has been banned." });
      assert.equal(await tryLogin("cy"), "This account has been banned.");
    });

    test("a timed suspension lapses by itself", async () => {
      const dee = await h.newPlayer("Dee");
      // 0.0003 hours = 1.08 seconds.
      const out = await wiz.type("@suspend Dee for 0.0003 hours");
      assert.match(out[0] ?? "", new RegExp(`^Dee \\(#${dee.avatar}\\) is suspended until ${DATE.source}\\.$`));
      assert.match(await tryLogin("dee"), new RegExp(`^This account is suspended until ${DATE.source}\\.$`));
      await new Promise((r) => setTimeout(r, 1300));
      assert.equal(await tryLogin("dee"), "ok");
      // Lapsing cleared the suspension: the account is active again.
      assert.equal(await statusOf("dee"), "active");
      assert.deepEqual(await wiz.type("@unsuspend Dee"), [`Dee (#${dee.avatar}) is not suspended or banned.`]);
    });

    test("wizards (staff) cannot be sanctioned, nor can you sanction yourself; programmers and builders can", async () => {
      const merlin = await h.newPlayer("Merlin", { wizard: true });
      for (const cmd of ["@suspend Merlin", "@suspend Merlin for 1 hour", "@ban Merlin"]) {
        const r = await wiz.run(cmd);
        assert.deepEqual(r.lines, ["Staff accounts cannot be sanctioned."], cmd);
        assert.equal(r.status, 1);
      }
      for (const cmd of ["@suspend me", "@ban Wizard"]) {
        assert.deepEqual(await wiz.type(cmd), ["You cannot sanction yourself."], cmd);
      }
      assert.deepEqual(await merlin.type("@ban Wizard"), ["Staff accounts cannot be sanctioned."]);
      assert.equal(await tryLogin("merlin"), "ok");
      assert.equal(await tryLogin("wizard", WIZARD_PASSWORD), "ok");

      // Staff means wizards: a programmer or a builder is a player like others here.
      const bea = await h.newPlayer("Bea", { builder: true });
      const out = await wiz.type("@suspend Pat for 1 hour");
      assert.match(out[0] ?? "", new RegExp(`^Pat \\(#${pat.avatar}\\) is suspended until ${DATE.source}\\.$`));
      assert.equal(out[1], "Pat has been disconnected.");
      assert.match(await tryLogin("pat"), /^This account is suspended until /);
      assert.deepEqual(await wiz.type("@ban Bea"), [`Bea (#${bea.avatar}) is banned.`, "Bea has been disconnected."]);
      assert.equal(await tryLogin("bea"), "This account has been banned.");
      await wiz.type("@unsuspend Pat");
      await wiz.type("@unsuspend Bea");
      assert.equal(await tryLogin("bea"), "ok");
      pat = await h.login("pat", "Pat-password");
    });

    test("only wizards may moderate", async () => {
      for (const cmd of ["@suspend Bob", "@unsuspend Bob", "@ban Bob", "@auditlog"]) {
        assert.deepEqual(await ann.type(cmd), [HUH], cmd);
        assert.deepEqual(await pat.type(cmd), [HUH], cmd);
      }
      // Calling the wizard verbs as methods, or account() from a programmer's own code, is refused.
      assert.deepEqual(await pat.type('; $.wizard.call("@ban")'), ["Only wizards can do that."]);
      assert.deepEqual(await pat.type('; $.wizard.call("@auditlog")'), ["Only wizards can do that."]);
      const direct = await pat.run(`; account({ op: "ban", player: lookup(${bob.avatar}) })`);
      assert.equal(direct.status, 1);
      assert.equal(direct.lines[0], "PermissionDenied: Only wizard-owned verbs may manage accounts.");
      assert.equal(await tryLogin("bob"), "ok");
    });

    test("bad input gets a clear message and sanctions nothing", async () => {
      const ed = await h.newPlayer("Ed");
      const cases: [string, string][] = [
        ["@suspend", 'Usage: @suspend <player> [for <hours> [hours]] [with "<reason>"]'],
        ["@ban", 'Usage: @ban <player> [with "<reason>"]'],
        ["@unsuspend", "Usage: @unsuspend <player>"],
        ["@suspend Nobody", 'There is no player called "Nobody".'],
        ["@suspend Nobody for 2 hours", 'There is no player called "Nobody".'],
        ["@ban Nobody", 'There is no player called "Nobody".'],
        ["@unsuspend Nobody", 'There is no player called "Nobody".'],
        ["@auditlog Nobody", 'There is no player called "Nobody".'],
        ["@suspend b", `I don't know which "b" you mean.`],
        ["@suspend Ed for soon", '"soon" is not a number of hours (e.g. "for 24 hours" or "for 1.5").'],
        ["@suspend Ed for 2 days", '"2 days" is not a number of hours (e.g. "for 24 hours" or "for 1.5").'],
        ["@suspend Ed for -2 hours", '"-2 hours" is not a number of hours (e.g. "for 24 hours" or "for 1.5").'],
        ["@suspend Ed for 0", '"0" is not a number of hours (e.g. "for 24 hours" or "for 1.5").'],
        ["@suspend Ed for 1000000 hours", "The number of hours must be a positive number (at most 100 years)."],
      ];
      for (const [cmd, want] of cases) assert.deepEqual(await wiz.type(cmd), [want], cmd);
      // A command line that fails after @suspend sanctions nothing (accounts change after the commit).
      const r = await wiz.run('@suspend Ed then ; throw new Error("boom")');
      assert.equal(r.status, 1);
      assert.equal(await tryLogin("ed"), "ok");
      assert.equal(await statusOf("ed"), "active");
      assert.ok(!ed.events.some((e) => e.type === "disconnect"));
    });

    test("@auditlog lists sanctions newest first, all or by or about one player", async () => {
      const flo = await h.newPlayer("Flo");
      await wiz.type('@suspend Flo for 3 hours with "flooding"');
      await wiz.type("@unsuspend Flo");
      await wiz.type("@ban Flo");
      const row = (action: string, detail: string) =>
        new RegExp(`^ {2}${DATE.source} {2}Wizard {2}${action} {2}#${flo.avatar} \\(Flo\\): ${detail}$`);
      const mine = await wiz.type("@auditlog Flo");
      assert.equal(mine[0], `Audit log for Flo (#${flo.avatar}) (newest first):`);
      assert.equal(mine.length, 4, mine.join("\n"));
      assert.match(mine[1] ?? "", row("ban", "banned"));
      assert.match(mine[2] ?? "", row("unsuspend", "was suspended"));
      assert.match(mine[3] ?? "", row("suspend", `suspended until ${DATE.source}; reason: flooding`));
      // The whole log: these three are the newest rows; earlier sanctions follow.
      const all = await wiz.type("@auditlog");
      assert.equal(all[0], "Audit log (newest first):");
      assert.deepEqual(all.slice(1, 4), mine.slice(1));
      assert.ok(all.some((l) => /suspend {2}#\d+ \(Bob\): suspended until .*; reason: Spamming the lobby$/.test(l)));
      assert.ok(all.length <= 31);
      // By the wizard (as actor) too.
      assert.deepEqual((await wiz.type("@auditlog wizard")).slice(1, 4), mine.slice(1));
      // Nobody sanctioned Ann and she has done nothing audited; player creation by the system is not logged.
      assert.deepEqual(await wiz.type("@auditlog Ann"), [`No audit-log entries by or about Ann (#${ann.avatar}).`]);
    });

    test("help describes each moderation command with its syntax", async () => {
      const syntax: [string, string][] = [
        ["@suspend", '@suspend <player> [for <hours> [hours]] [with "<reason>"]: '],
        ["@unsuspend", "@unsuspend <player>: "],
        ["@ban", '@ban <player> [with "<reason>"]: '],
        ["@auditlog", "@auditlog [player]: "],
      ];
      await assertHelpSyntax(wiz, syntax);
    });

    test("telnet: a connected player is told why and disconnected; `connect` is refused with the reason", async () => {
      const gus = await createPlayer(h.game.world, h.game.accounts, {
        login: "gus",
        password: "Gus-password",
        name: "Gus",
      });
      const c = await TelnetTestClient.connect({ port: server.port, negotiate: false });
      await c.waitFor(/Login:|connect/);
      c.send("connect gus Gus-password\r\n");
      await c.waitFor(/The Laboratory/);

      const out = await wiz.type('@suspend Gus with "Cooling off"');
      assert.deepEqual(out, [
        `Gus (#${gus.avatar}) is suspended until you @unsuspend them.`,
        "Gus has been disconnected.",
      ]);
      await c.waitFor(() => c.closed);
      assert.match(c.text, /This account is suspended\. Reason: Cooling off\.\s*$/);

      const again = await TelnetTestClient.connect({ port: server.port, negotiate: false });
      await again.waitFor(/Login:|connect/);
      again.send("connect gus Gus-password\r\n");
      await again.waitFor(/Cooling off/);
      assert.match(again.text, /This account is suspended\. Reason: Cooling off\./);
      assert.doesNotMatch(again.text, /The Laboratory/);
      // The connection stays usable: once lifted, the same connection logs in.
      assert.deepEqual(await wiz.type("@unsuspend Gus"), [`Gus (#${gus.avatar}) may log in again (was suspended).`]);
      again.send("connect gus Gus-password\r\n");
      await again.waitFor(/The Laboratory/);
      assert.equal(again.closed, false);
      again.close();
    });
  });
}
