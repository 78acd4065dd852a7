/**
 * In-game mail through the real parser and runtime (spec §9.3 $player mail, §9.7): @send, the
 * new-mail and unread notices, @mail (list, pages, read, stats, delete, deleted, undelete),
 * @reply, @forward, @gripe, the editor, and that a failing command sends nothing — on SQLite and,
 * when TEST_DATABASE_URL is set, on PostgreSQL.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { SessionEvent } from "../../src/core/gateway.js";
import { harnessModes } from "../helpers/backends.js";
import {
  assertHelpSyntax,
  type Harness,
  startHarness,
  type TestPlayer,
  textOf,
  WIZARD_PASSWORD,
} from "../helpers/world-harness.js";

const modes = harnessModes();

function editorOf(events: SessionEvent[]): Extract<SessionEvent, { type: "editor" }> {
  const e = events.find((x) => x.type === "editor");
  assert.ok(e && e.type === "editor", `no editor event in ${JSON.stringify(events)}`);
  return e;
}

/** `2026-12-03 21:40 UTC` */
const DATE = /\d{4}-\d\d-\d\d \d\d:\d\d UTC/;

for (const mode of modes) {
  describe(`mail on ${mode.name}`, () => {
    let h: Harness;
    let drop: () => Promise<void>;
    let wiz: TestPlayer;
    let ann: TestPlayer;
    let bob: TestPlayer;
    let cy: TestPlayer;

    before(async () => {
      const m = await mode.env();
      drop = m.drop;
      h = await startHarness(m.env);
      wiz = await h.login("wizard");
      ann = await h.newPlayer("Ann");
      bob = await h.newPlayer("Bob");
      cy = await h.newPlayer("Cy");
      for (const p of [wiz, ann, bob, cy]) p.heard();
    });
    after(async () => {
      await h.close();
      await drop();
    });

    test("round trip: send, new-mail notice, unread notice on connect, list, read, stats", async () => {
      assert.deepEqual(await bob.type('@send Ann with "Subject: Hello\\n\\nHi Ann.\\nHow are you?"'), [
        "Message sent to Ann.",
      ]);
      assert.deepEqual(ann.heard(), [`You have new mail from Bob: "Hello". Type '@mail' to read it.`]);

      // Ann leaves; a second message arrives while she is away; she hears about both on connecting.
      await ann.close();
      assert.deepEqual(await bob.type('@send ann with "No subject on this one."'), ["Message sent to Ann."]);
      ann = await h.login("ann", "Ann-password");
      const connect = ann.heard();
      assert.ok(connect.includes("The Laboratory"), connect.join("\n"));
      assert.equal(connect.at(-1), "You have 2 unread message(s). Type '@mail' to read.");

      const list = await ann.type("@mail");
      assert.equal(list[0], "Your mail (page 1 of 1, 2 messages; * = unread):");
      assert.match(list[1] ?? "", new RegExp(`^   1 \\* Bob   ${DATE.source}  \\(no subject\\)$`));
      assert.match(list[2] ?? "", new RegExp(`^   2 \\* Bob   ${DATE.source}  Hello$`));
      assert.equal(list[3], "Type '@mail N' to read message N.");
      assert.equal(list.length, 4);

      const read = await ann.type("@mail 2");
      assert.deepEqual(read.slice(0, 3), ["Message 2:", "From:    Bob", "To:      Ann"]);
      assert.match(read[3] ?? "", new RegExp(`^Date:    ${DATE.source}$`));
      assert.deepEqual(read.slice(4), ["Subject: Hello", "", "Hi Ann.", "How are you?"]);
      // Reading marked it read: no star any more, one unread left.
      assert.match((await ann.type("@mail"))[2] ?? "", /^ {3}2 {3}Bob/);
      assert.deepEqual(await ann.type("@mail stats"), ["Mailbox: 2 messages, 1 unread, 0 deleted."]);
      // Bob's mailbox is his own: he has nothing.
      assert.deepEqual(await bob.type("@mail"), ["You have no messages."]);
      assert.deepEqual(await bob.type("@mail stats"), ["Mailbox: 0 messages, 0 unread, 0 deleted."]);
      // No unread mail: nothing is said on connecting.
      await bob.close();
      bob = await h.login("bob", "Bob-password");
      assert.ok(!bob.heard().some((l) => /unread/.test(l)));
    });

    test("@reply quotes the message under a Re: subject; @forward adds a note and the original's header", async () => {
      assert.deepEqual(await ann.type('@reply 2 with "Fine, thanks."'), ["Message sent to Bob."]);
      assert.deepEqual(bob.heard(), [`You have new mail from Ann: "Re: Hello". Type '@mail' to read it.`]);
      const reply = await bob.type("@mail 1");
      assert.deepEqual(reply.slice(1, 3), ["From:    Ann", "To:      Bob"]);
      assert.deepEqual(reply.slice(4), [
        "Subject: Re: Hello",
        "",
        "Fine, thanks.",
        "",
        "Bob wrote:",
        "> Hi Ann.",
        "> How are you?",
      ]);
      // Replying to a reply does not stack "Re:".
      assert.deepEqual(await bob.type('@reply 1 with "Good."'), ["Message sent to Ann."]);
      assert.equal((await ann.type("@mail 1"))[4], "Subject: Re: Hello");

      assert.deepEqual(await ann.type('@forward 3 to Cy with "FYI, from Bob."'), ["Message sent to Cy."]);
      const fwd = await cy.type("@mail 1");
      assert.deepEqual(fwd.slice(1, 3), ["From:    Ann", "To:      Cy"]);
      assert.equal(fwd[4], "Subject: Fwd: Hello");
      assert.deepEqual(fwd.slice(5, 11), [
        "",
        "FYI, from Bob.",
        "",
        "----- Forwarded message -----",
        "From:    Bob",
        "To:      Ann",
      ]);
      assert.deepEqual(fwd.slice(12), ["Subject: Hello", "", "Hi Ann.", "How are you?"]);
      // Without a note.
      assert.deepEqual(await ann.type("@forward 3 to bob"), ["Message sent to Bob."]);
      assert.equal((await bob.type("@mail 1"))[6], "----- Forwarded message -----");
      bob.heard();
      cy.heard();
    });

    test("delete, deleted, undelete, and clear errors for numbers that don't exist", async () => {
      const before = await ann.type("@mail");
      assert.equal(before[0], "Your mail (page 1 of 1, 3 messages; * = unread):");
      assert.deepEqual(await ann.type("@mail delete 1"), [
        `Deleted message 1 ("Re: Hello" from Bob). '@mail deleted' lists deleted messages.`,
      ]);
      const after = await ann.type("@mail");
      assert.equal(after[0], "Your mail (page 1 of 1, 2 messages; * = unread):");
      // Ann has not read the message without a subject yet; she has read "Hello" and "Re: Hello".
      assert.match(after[1] ?? "", /^ {3}1 \* Bob .* \(no subject\)$/);
      assert.match(after[2] ?? "", /^ {3}2 {3}Bob .* Hello$/);
      assert.deepEqual(await ann.type("@mail stats"), ["Mailbox: 2 messages, 1 unread, 1 deleted."]);
      const deleted = await ann.type("@mail deleted");
      assert.equal(deleted[0], "Deleted messages (1; type '@mail undelete N' to restore one):");
      assert.match(deleted[1] ?? "", /^ {3}1 {3}Bob .* Re: Hello$/);
      assert.deepEqual(await ann.type("@mail undelete 1"), ['Restored "Re: Hello" from Bob to your mailbox.']);
      // Restored as it was: still read.
      assert.match((await ann.type("@mail"))[1] ?? "", /^ {3}1 {3}Bob .* Re: Hello$/);
      assert.deepEqual(await ann.type("@mail stats"), ["Mailbox: 3 messages, 1 unread, 0 deleted."]);

      assert.deepEqual(await ann.type("@mail 9"), ["There is no message 9: messages are numbered 1 to 3."]);
      assert.deepEqual(await ann.type("@mail delete 9"), ["There is no message 9: messages are numbered 1 to 3."]);
      assert.deepEqual(await ann.type("@mail undelete 1"), ["You have no deleted messages."]);
      assert.deepEqual(await ann.type("@reply 7"), ["There is no message 7: messages are numbered 1 to 3."]);
      assert.deepEqual(await cy.type("@mail delete 1"), [
        `Deleted message 1 ("Fwd: Hello" from Ann). '@mail deleted' lists deleted messages.`,
      ]);
      assert.deepEqual(await cy.type("@mail 1"), ["You have no messages."]);
      assert.deepEqual(await ann.type("@mail frobnicate"), [
        "Usage: @mail [N | page N | stats | delete N | deleted | undelete N]",
      ]);
      assert.deepEqual(await ann.type("@mail page 0"), ["Pages are numbered from 1."]);
    });

    test("@mail pages ten at a time, newest first", async () => {
      for (let i = 1; i <= 11; i++) await cy.type(`@send Bob with "Subject: Note ${i}\\n\\nnumber ${i}"`);
      bob.heard();
      const p1 = await bob.type("@mail");
      assert.equal(p1[0], "Your mail (page 1 of 2, 13 messages; * = unread):");
      assert.match(p1[1] ?? "", /^ {3}1 \* Cy .* Note 11$/);
      assert.match(p1[10] ?? "", /^ {2}10 \* Cy .* Note 2$/);
      assert.equal(p1[11], "Type '@mail N' to read message N, '@mail page 2' for the next page.");
      const p2 = await bob.type("@mail page 2");
      assert.equal(p2[0], "Your mail (page 2 of 2, 13 messages; * = unread):");
      assert.match(p2[1] ?? "", /^ {2}11 \* Cy .* Note 1$/);
      assert.equal(p2.length, 5);
      assert.deepEqual(await bob.type("@mail page 3"), ["There is no page 3: you have 2 pages of mail."]);
      assert.deepEqual((await bob.type("@mail 11")).slice(-1), ["number 1"]);
    });

    test("@send without `with` opens the editor; several recipients; bad names are refused", async () => {
      const ed = editorOf((await ann.run("@send Bob, Cy")).events);
      assert.equal(ed.title, "Mail to Bob, Cy");
      assert.equal(ed.content, "Subject: \n\n");
      const sent = await ann.session.respond(ed.id, "Subject: Party\n\nAt my place.\nBring snacks.");
      assert.deepEqual(textOf(sent.events), ["Message sent to Bob and Cy."]);
      const got = await cy.type("@mail 1");
      assert.deepEqual(got.slice(1, 3), ["From:    Ann", "To:      Bob, Cy"]);
      assert.deepEqual(got.slice(4), ["Subject: Party", "", "At my place.", "Bring snacks."]);
      // Read and deleted are per recipient: Cy has read "Party", Bob has not; Bob deleting his copy
      // leaves Cy's.
      assert.match((await bob.type("@mail"))[1] ?? "", /^ {3}1 \* Ann .* Party$/);
      assert.deepEqual(await bob.type("@mail delete 1"), [
        `Deleted message 1 ("Party" from Ann). '@mail deleted' lists deleted messages.`,
      ]);
      assert.match((await cy.type("@mail"))[1] ?? "", /^ {3}1 {3}Ann .* Party$/);
      assert.deepEqual(await bob.type("@mail undelete 1"), ['Restored "Party" from Ann to your mailbox.']);
      // Cancelling the editor sends nothing.
      const ed2 = editorOf((await ann.run("@send Cy")).events);
      assert.deepEqual((await ann.session.respond(ed2.id, null)).events, []);
      assert.deepEqual(await cy.type("@mail stats"), ["Mailbox: 1 message, 0 unread, 1 deleted."]);
      // @reply without `with` opens the editor with the quote.
      const ed3 = editorOf((await cy.run("@reply 1")).events);
      assert.equal(ed3.content, "Subject: Re: Party\n\n\n\nAnn wrote:\n> At my place.\n> Bring snacks.");
      assert.deepEqual(textOf((await cy.session.respond(ed3.id, "Subject: Re: Party\n\nI'll come.")).events), [
        "Message sent to Ann.",
      ]);

      assert.deepEqual(await ann.type('@send Nobody with "hi"'), ['There is no player called "Nobody".']);
      assert.deepEqual(await ann.type("@send"), ['Usage: @send <player>[, <player>…] [with "Subject: …\\n\\n<text>"]']);
      assert.deepEqual(await ann.type('@send Bob with ""'), ["Message not sent: it is empty."]);
      for (const p of [ann, bob, cy]) p.heard();
    });

    test("a command that fails sends nothing", async () => {
      const stats = await cy.type("@mail stats");
      const r = await wiz.run('@send Cy with "lost" then ; throw new Error("boom")');
      assert.equal(r.status, 1);
      assert.deepEqual(await cy.type("@mail stats"), stats);
      assert.deepEqual(cy.heard(), []);
    });

    test("@gripe goes to the first wizard, or to $system.gripe_recipients", async () => {
      assert.deepEqual(await ann.type('@gripe with "The lamp is broken."'), ["Message sent to Wizard."]);
      // The wizard also heard the earlier tests' players connect and disconnect; apart from those
      // lines, exactly the new-mail notice.
      assert.deepEqual(
        wiz.heard().filter((l) => !/^\w+ has (?:dis)?connected\.$/.test(l)),
        [`You have new mail from Ann: "@gripe from Ann". Type '@mail' to read it.`],
      );
      const g = await wiz.type("@mail 1");
      assert.deepEqual(g.slice(1, 3), ["From:    Ann", "To:      Wizard"]);
      assert.deepEqual(g.slice(4), ["Subject: @gripe from Ann", "", "The lamp is broken."]);

      await wiz.type(`; $.system.set("gripe_recipients", [lookup(${bob.avatar}), lookup(${cy.avatar})])`);
      const ed = editorOf((await ann.run("@gripe")).events);
      assert.equal(ed.title, "@gripe from Ann");
      assert.deepEqual(textOf((await ann.session.respond(ed.id, "Too dark here.")).events), [
        "Message sent to Bob and Cy.",
      ]);
      assert.deepEqual((await bob.type("@mail 1")).slice(4), ["Subject: @gripe from Ann", "", "Too dark here."]);
      assert.deepEqual(wiz.heard(), []);
    });

    test("help describes each mail command with its syntax", async () => {
      const syntax: [string, string][] = [
        ["@mail", "@mail [N | page N | stats | delete N | deleted | undelete N]: "],
        ["@send", '@send <player>[, <player>…] [with "Subject: …\\n\\n<text>"]: '],
        ["@reply", '@reply N [with "<text>"]: '],
        ["@forward", '@forward N to <player> [with "<note>"]: '],
        ["@gripe", '@gripe [with "<text>"]: '],
      ];
      await assertHelpSyntax(ann, syntax);
    });

    test("no notice on connecting when all mail has been read", async () => {
      await wiz.close();
      wiz = await h.login("wizard", WIZARD_PASSWORD);
      const lines = wiz.heard();
      assert.equal(lines.filter((l) => /unread message/.test(l)).length, 0, lines.join("\n"));
    });
  });
}
