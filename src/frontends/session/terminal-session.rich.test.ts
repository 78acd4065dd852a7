import assert from "node:assert/strict";
import { test } from "node:test";
import { FakeGateway } from "../testing/fake-gateway.js";
import { startHarness } from "../testing/session-harness.js";
import { CommandHistory } from "./command-history.js";

const lastLine = (text: string): string => text.split("\n").at(-1) ?? "";

test("rich: connect shows the room and a prompt; a command prints above a fresh prompt", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "rich" });
  await h.waitFor(/The Hall\nA large hall with a red carpet\.\nYou have no new mail\.\n> $/);
  h.type("look\r");
  await h.waitFor(/> look\nThe Hall\nA large hall with a red carpet\.\n> $/);
  assert.equal(h.screen.cursor().col, 2);
  h.session.close();
});

test("rich: another player's say arrives while typing without breaking the line", async () => {
  const game = new FakeGateway();
  const alice = await startHarness(game, { mode: "rich", login: "alice" });
  const bob = await startHarness(game, { mode: "raw", login: "bob" });
  await alice.waitFor(/> $/);
  alice.type("say hel");
  await alice.waitFor(/> say hel$/);
  bob.type("say hi there\n");
  await alice.waitFor((t) => t.includes('Bob says, "hi there"') && lastLine(t) === "> say hel");
  assert.deepEqual(alice.screen.cursor(), { row: alice.screen.text().split("\n").length - 1, col: 9 });
  alice.type("lo\r");
  await alice.waitFor(/> say hello\nYou say, "hello"\n> $/);
  await bob.waitFor(/Alice says, "hello"/);
  alice.session.close();
  bob.session.close();
});

test("rich: the full-screen editor saves a verb", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "rich" });
  await h.waitFor(/> $/);
  h.type("@edit greet\r");
  await h.waitFor(
    (t) => h.screen.onAlternateScreen && t.includes("Verb greet") && t.includes('player.tell("Hello!");'),
  );
  h.type("\x05\r");
  h.type('player.tell("Bye");');
  await h.waitFor(/player\.tell\("Bye"\);/);
  h.type("\x13");
  await h.waitFor(/Save changes\? \[Y\]es \/ \[N\]o/);
  h.type("y");
  await h.waitFor((t) => !h.screen.onAlternateScreen && /Saved verb greet \(2 lines\)\.\n> $/.test(t));
  assert.equal(game.verbs.get("greet"), 'player.tell("Hello!");\nplayer.tell("Bye");');
  h.session.close();
});

test("rich: aborting the editor asks first and saves nothing", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "rich" });
  await h.waitFor(/> $/);
  h.type("@edit greet\r");
  await h.waitFor(() => h.screen.onAlternateScreen);
  h.type("junk\x11");
  await h.waitFor(/Discard changes and exit\? \[Y\]es \/ \[N\]o/);
  h.type("n");
  await h.waitFor((t) => !t.includes("Discard changes"));
  h.type("\x11y");
  await h.waitFor((t) => !h.screen.onAlternateScreen && /Edit cancelled\.\n> $/.test(t));
  assert.equal(game.verbs.get("greet"), 'player.tell("Hello!");');
  h.session.close();
});

test("rich: output from others while the editor is open appears after it closes", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "rich" });
  const bob = await startHarness(game, { mode: "raw", login: "bob" });
  await h.waitFor(/> $/);
  h.type("@edit greet\r");
  await h.waitFor(() => h.screen.onAlternateScreen);
  bob.type("say while you edit\n");
  await bob.waitFor(/You say/);
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(!h.screen.text().includes("while you edit"));
  h.type("\x11");
  await h.waitFor((t) => !h.screen.onAlternateScreen && t.includes('Bob says, "while you edit"'));
  h.session.close();
  bob.session.close();
});

test("rich: the pager pages through long output", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "rich" });
  await h.waitFor(/> $/);
  h.type("long\r");
  await h.waitFor((t) => h.screen.onAlternateScreen && t.startsWith("Item number 1\n") && /lines 1-23\/200/.test(t));
  h.type(" ");
  await h.waitFor((t) => t.startsWith("Item number 24\n"));
  h.type("G");
  await h.waitFor(/Item number 200\n.*\(END\)/);
  h.type("/number 5\r");
  h.type("g/number 5\r");
  await h.waitFor((t) => t.startsWith("Item number 5\n"));
  h.type("q");
  await h.waitFor((t) => !h.screen.onAlternateScreen && /> long\n> $/.test(t));
  h.session.close();
});

test("rich: @password asks with masked prompts", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "rich", login: "alice" });
  await h.waitFor(/> $/);
  h.type("@password\r");
  await h.waitFor(/Old password: $/);
  h.type("alicepw");
  await h.waitFor(/Old password: \*{7}$/);
  assert.ok(!h.screen.text().includes("alicepw"));
  h.type("\r");
  await h.waitFor(/New password: $/);
  h.type("n3w\r");
  await h.waitFor(/Confirm new password: $/);
  h.type("n3w\r");
  await h.waitFor(/Password changed\.\n> $/);
  assert.equal(game.accounts.get("alice")!.password, "n3w");
  h.session.close();
});

test("rich: tab completion and history shared across sessions of one account", async () => {
  const game = new FakeGateway();
  const history = new CommandHistory();
  const first = await startHarness(game, { mode: "rich", history });
  await first.waitFor(/> $/);
  first.type("look lant\t");
  await first.waitFor(/> look lantern $/);
  first.type("\r");
  await first.waitFor(/> look lantern \nThe Hall\n.*\n> $/);
  first.session.close();
  const second = await startHarness(game, { mode: "rich", history });
  await second.waitFor(/> $/);
  second.type("\x1b[A");
  await second.waitFor(/> look lantern $/);
  second.session.close();
});

test("rich: shortcuts and Ctrl-C", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "rich" });
  await h.waitFor(/> $/);
  h.type('"hi all"');
  await h.waitFor(/> say "hi all"$/);
  h.type("\x03");
  await h.waitFor(/> say "hi all"\^C\n> $/);
  h.type(":waves\r");
  await h.waitFor(/I don't understand "emote "waves""/);
  h.session.close();
});

test("rich: a very long paste is refused with a message, the session goes on", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "rich" });
  await h.waitFor(/> $/);
  h.type("x".repeat(100_000));
  await h.waitFor(/Line too long \(max 4096 characters\)\.\n> $/);
  h.type("look\r");
  await h.waitFor(/> look\nThe Hall/);
  h.session.close();
});

test("rich: Ctrl-D quits", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "rich" });
  await h.waitFor(/> $/);
  h.type("\x04");
  await h.waitFor(/Goodbye\.$/);
  assert.equal(h.closedByServer(), true);
  assert.equal(game.connections.size, 0);
});
