import assert from "node:assert/strict";
import { test } from "node:test";
import { FakeGateway } from "../testing/fake-gateway.js";
import { startHarness } from "../testing/session-harness.js";

test("raw: plain lines, no prompt text, no ANSI, no echo", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "raw" });
  await h.waitFor(/You have no new mail\.\r\n$/);
  h.type("look\r\n");
  await h.waitFor(/You have no new mail\.\r\nThe Hall\r\nA large hall with a red carpet\.\r\n$/);
  assert.ok(!h.output().includes("\x1b"), "no escape sequences");
  assert.ok(!h.output().includes("look"), "no echo");
  h.session.close();
});

test("raw: PREFIX/SUFFIX frame every command, also one without output", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "raw" });
  h.type("PREFIX -=start=-\nSUFFIX -=end=-\nlook\nnothing\n.flush\necho a\n");
  await h.waitFor(/-=start=-\r\na\r\n-=end=-\r\n$/);
  const tail = h.output().slice(h.output().indexOf("Output prefix set to"));
  assert.equal(
    tail,
    [
      "Output prefix set to: -=start=-",
      "Output suffix set to: -=end=-",
      "-=start=-",
      "The Hall",
      "A large hall with a red carpet.",
      "-=end=-",
      "-=start=-",
      "-=end=-",
      "-=start=-",
      "-=end=-",
      "-=start=-",
      "a",
      "-=end=-",
      "",
    ].join("\r\n"),
  );
  h.session.close();
});

test("raw: async output gets only the global markers", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "raw", login: "alice" });
  const bob = await startHarness(game, { mode: "raw", login: "bob" });
  h.type("OUTPUTPREFIX {{\nOUTPUTSUFFIX }}\nPREFIX [[\nSUFFIX ]]\necho x\n");
  await h.waitFor(/\{\{\r\n\[\[\r\nx\r\n\]\]\r\n\}\}\r\n$/);
  bob.type("say hi\n");
  await h.waitFor(/\{\{\r\nBob says, "hi"\r\n\}\}\r\n$/);
  h.session.close();
  bob.session.close();
});

test("raw: commands run one at a time, in order, and the rate limit delays instead of dropping", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "raw", limits: { rate: { burst: 3, perSecond: 20 } } });
  const started = Date.now();
  h.type(`slow 50\n${Array.from({ length: 9 }, (_, i) => `echo ${i}\n`).join("")}`);
  await h.waitFor(/\r\n8\r\n$/);
  const lines = h.output().split("\r\n");
  const echoed = lines.filter((l) => /^\d$/.test(l));
  assert.deepEqual(echoed, ["0", "1", "2", "3", "4", "5", "6", "7", "8"]);
  assert.ok(lines.indexOf("Done waiting.") < lines.indexOf("0"));
  assert.ok(Date.now() - started >= 300, "7 commands past the burst at 20/s take ≥ 300 ms");
  h.session.close();
});

test("raw: too long lines are refused and the session goes on", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "raw" });
  h.type("x".repeat(1_000_000));
  h.type("\necho still here\n");
  await h.waitFor(/Line too long \(max 4096 characters\)\.\r\nstill here\r\n$/);
  assert.equal(game.received.length, 1);
  h.session.close();
});

test("raw: garbage bytes do not hurt", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "raw" });
  h.session.input(Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x00, 0x1b, 0x5b, 0x31, 0x6d, 0x80, 0x0a]));
  h.type("echo ok\n");
  await h.waitFor(/ok\r\n$/);
  h.session.close();
});

test("raw: the editor collects lines until '.'", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "raw" });
  h.type('@edit greet\nplayer.tell("One");\nplayer.tell("Two");\n.\n@show greet\n');
  await h.waitFor(/Saved verb greet \(2 lines\)\.\r\nplayer\.tell\("One"\);\r\nplayer\.tell\("Two"\);\r\n$/);
  assert.match(
    h.output(),
    /Editing verb greet\.\r\nEditing Verb greet\. Current text \(1 line\):\r\nplayer\.tell\("Hello!"\);\r\n/,
  );
  h.type("@edit greet\nnope\n@abort\n");
  await h.waitFor(/Edit aborted\.\r\nEdit cancelled\.\r\n$/);
  h.session.close();
});

test("raw: @password answers come from the next lines; the pager prints inline", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "raw", login: "bob" });
  h.type("@password\nbobpw\nsecret2\nsecret2\n");
  await h.waitFor(/Password changed\.\r\n$/);
  assert.equal(game.accounts.get("bob")!.password, "secret2");
  h.type("long\n");
  await h.waitFor(/Item number 200\r\n$/);
  h.session.close();
});

test("raw: QUIT and @quit say goodbye and close", async () => {
  for (const word of ["QUIT", "@quit"]) {
    const game = new FakeGateway();
    const h = await startHarness(game, { mode: "raw" });
    h.type(`PREFIX <\nSUFFIX >\n${word}\necho never\n`);
    await h.waitFor(/<\r\nGoodbye, Wizard\.\r\n>\r\n$/);
    assert.equal(h.closedByServer(), true);
    assert.equal(game.connections.size, 0);
    assert.ok(!game.received.some((r) => r.line === "echo never"));
  }
});

test("raw: a failing gateway gets a clear answer; a disconnect event closes", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "raw" });
  h.type("crash\necho after\n");
  await h.waitFor(/Sorry, that command failed\.\r\nafter\r\n$/);
  h.type("@boot\n");
  await h.waitFor(/You have been booted\.\r\n$/);
  assert.equal(h.closedByServer(), true);
});

test("a client that disconnects mid-command affects nobody else", async () => {
  const game = new FakeGateway();
  const a = await startHarness(game, { mode: "raw", login: "alice" });
  const b = await startHarness(game, { mode: "raw", login: "bob" });
  a.type("slow 100\n");
  await new Promise((resolve) => setTimeout(resolve, 20));
  a.session.end();
  const before = a.output();
  b.type("echo fine\n");
  await b.waitFor(/fine\r\n$/);
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.equal(a.output(), before, "nothing written after the end");
  assert.match(b.output(), /Alice has disconnected\./);
  assert.equal(game.connections.size, 1);
  b.session.close();
});

test("login dialog: name and password, retry, connect line, give up after 3", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "raw", anonymous: true });
  await h.waitFor(/Login: $/);
  h.type("alice\n");
  await h.waitFor(/Password: $/);
  h.type("wrong\n");
  await h.waitFor(/different\.\r\nLogin: $/);
  h.type("connect alice alicepw\nlook\n");
  await h.waitFor(/You have no new mail\.\r\nThe Hall\r\nA large hall with a red carpet\.\r\n$/);
  h.session.close();

  const g = await startHarness(game, { mode: "raw", anonymous: true });
  g.type("connect a b\nconnect a b\nconnect a b\n");
  await g.waitFor(/Too many failed login attempts\. Goodbye\.\r\n$/);
  assert.equal(g.closedByServer(), true);
});

test("rich login dialog masks the password", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "rich", anonymous: true });
  await h.waitFor(/Login: $/);
  h.type("bob\r");
  await h.waitFor(/Password: $/);
  h.type("bobpw");
  await h.waitFor(/Password: \*{5}$/);
  h.type("\r");
  await h.waitFor(/You have no new mail\.\n> $/);
  h.session.close();
});

test("idle timeout closes the session", async () => {
  const game = new FakeGateway();
  const h = await startHarness(game, { mode: "raw", limits: { idleTimeoutMs: 100 } });
  await h.waitFor(/idle too long/, 2000);
  assert.equal(h.closedByServer(), true);
});

test("one account connected twice: both sessions work independently", async () => {
  const game = new FakeGateway();
  const first = await startHarness(game, { mode: "raw", login: "alice" });
  const second = await startHarness(game, { mode: "raw", login: "alice" });
  first.type("echo one\n");
  second.type("echo two\n");
  await first.waitFor(/one\r\n$/);
  await second.waitFor(/two\r\n$/);
  assert.equal(game.connections.size, 2);
  first.session.close();
  second.type("echo still\n");
  await second.waitFor(/still\r\n$/);
  second.session.close();
});
