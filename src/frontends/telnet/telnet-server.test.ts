import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { RunningServer } from "../running-server.js";
import { FakeGateway } from "../testing/fake-gateway.js";
import { IAC, SB, TelnetTestClient, WILL } from "../testing/telnet-test-client.js";
import { haveCommands, TmuxPane } from "../testing/tmux.js";
import { startTelnetServer } from "./telnet-server.js";

let game: FakeGateway;
let server: RunningServer;

before(async () => {
  game = new FakeGateway();
  server = await startTelnetServer({ gateway: game, host: "127.0.0.1", port: 0 });
});
after(async () => {
  await server.close();
});

test("a MUD client: MTTS, NAWS, MSSP, connect line, GMCP, EOR after prompts", async () => {
  const client = await TelnetTestClient.connect({ port: server.port });
  await client.waitFor(/Login: $/);
  await client.waitFor(() => client.mssp.NAME === "tsmoo");
  assert.equal(client.mssp.CODEBASE, "tsmoo");
  client.send("connect alice alicepw\r\n");
  await client.waitFor(/You have no new mail\.\r\n$/);
  await client.waitFor(() => client.gmcp.some((g) => g.module === "Char.Name"));
  assert.deepEqual(client.gmcp.find((g) => g.module === "Char.Name")?.data, { name: "Alice", fullname: "Alice" });
  // MTTS 137 has the ANSI bit: colours on
  client.send("look\r\n");
  await client.waitFor(/\x1b\[0m\x1b\[1mThe Hall\x1b\[0m\r\n/);
  const eorsBefore = client.eors;
  const gasBefore = client.prompts;
  client.send("room\r\n");
  await client.waitFor(() => client.gmcp.some((g) => g.module === "Room.Info"));
  assert.deepEqual(client.gmcp.find((g) => g.module === "Room.Info")?.data, {
    num: 1,
    name: "The Hall",
    exits: { n: 2 },
  });
  await client.waitFor(() => client.eors > eorsBefore);
  assert.equal(client.prompts, gasBefore, "EOR was negotiated, so no GA");

  const bob = await TelnetTestClient.connect({ port: server.port, negotiate: false });
  await bob.waitFor(/Login: $/);
  bob.send("connect bob bobpw\n");
  await bob.waitFor(/no new mail/);
  bob.send("say hello there\n");
  await client.waitFor(() => client.gmcp.some((g) => g.module === "Comm.Channel.Text"));
  assert.deepEqual(client.gmcp.find((g) => g.module === "Comm.Channel.Text")?.data, {
    channel: "say",
    talker: "Bob",
    text: "hello there",
  });
  assert.match(client.text, /Bob says, "hello there"/);
  assert.equal(bob.gmcp.length, 0, "no GMCP for a client that did not agree");
  client.close();
  bob.close();
});

test("GMCP editor hand-off: Editor.Start out, Editor.Save in", async () => {
  const client = await TelnetTestClient.connect({ port: server.port });
  await client.waitFor(/Login: $/);
  client.send("connect wizard secret\n");
  await client.waitFor(/no new mail/);
  client.sendGmcp("Core.Supports.Set", ["Char 1", "Room 1", "Editor 1"]);
  client.send("@edit wave\n");
  await client.waitFor(() => client.gmcp.some((g) => g.module === "Editor.Start"));
  const start = client.gmcp.find((g) => g.module === "Editor.Start")!.data as Record<string, string>;
  assert.equal(start.title, "Verb wave");
  assert.equal(start.content_type, "typescript");
  client.sendGmcp("Editor.Save", { id: start.id, content: "emote('waves');" });
  await client.waitFor(/Saved verb wave \(1 lines\)\./);
  assert.equal(game.verbs.get("wave"), "emote('waves');");
  client.close();
});

test("a plain client: Login/Password prompts with GA, echo off for the password, retry", async () => {
  const client = await TelnetTestClient.connect({ port: server.port, negotiate: false });
  await client.waitFor(/Welcome to tsmoo\..*\r\nLogin: $/);
  await client.waitFor(() => client.prompts === 1);
  client.send("bob\r\n");
  await client.waitFor(/Password: $/);
  assert.equal(client.serverEcho, true, "IAC WILL ECHO while the password is typed");
  client.send("nope\r\n");
  await client.waitFor(/different\.\r\nLogin: $/);
  assert.equal(client.serverEcho, false);
  client.send("bob\r\n");
  await client.waitFor(/Password: $/);
  client.send("bobpw\r\n");
  await client.waitFor(/You have no new mail\.\r\n$/);
  client.send("PREFIX <<\r\nSUFFIX >>\r\nnothing\r\necho hi\r\n");
  await client.waitFor(/<<\r\n>>\r\n<<\r\nhi\r\n>>\r\n$/);
  assert.ok(!client.text.includes("\x1b"), "no colour for a client that did not ask");
  client.close();
});

test("bad input: broken IAC, garbage, a 1 MB line, a vanishing client — others are unaffected", async () => {
  const watcher = await TelnetTestClient.connect({ port: server.port, negotiate: false });
  watcher.send("connect alice alicepw\n");
  await watcher.waitFor(/no new mail/);

  const bad = await TelnetTestClient.connect({ port: server.port, negotiate: false });
  bad.send("connect bob bobpw\n");
  await bad.waitFor(/no new mail/);
  bad.sendBytes([IAC, SB, 201, 65, 66, IAC, WILL, 99, 0xff, 0xfe, 0xc3, 0x28, 0x00, 0x07, 13, 10]);
  bad.sendBytes([IAC, SB, 24]); // never closed
  bad.sendBytes(Buffer.alloc(300_000, 0x41));
  bad.sendBytes([IAC, 240]); // IAC SE ends it
  bad.send("echo still alive\r\n");
  await bad.waitFor(/still alive\r\n$/);
  bad.send("y".repeat(1_000_000));
  bad.send("\r\necho after the flood\r\n");
  await bad.waitFor(/Line too long \(max 4096 characters\)\.\r\nafter the flood\r\n$/, 10_000);
  bad.send("slow 200\r\n");
  await new Promise((resolve) => setTimeout(resolve, 30));
  bad.close();
  await watcher.waitFor(/Bob has disconnected\./);
  watcher.send("echo watcher fine\n");
  await watcher.waitFor(/watcher fine\r\n$/);
  watcher.close();
});

test("three failed logins close the connection", async () => {
  const client = await TelnetTestClient.connect({ port: server.port, negotiate: false });
  client.send("connect x y\nconnect x y\nconnect x y\n");
  await client.waitFor(/Too many failed login attempts\. Goodbye\.\r\n$/);
  await client.waitFor(() => client.closed);
});

test("the real telnet client (in tmux) logs in and runs a command", {
  skip: !haveCommands("telnet", "tmux"),
}, async () => {
  const pane = new TmuxPane(`telnet 127.0.0.1 ${server.port}`, 100, 30);
  try {
    await pane.waitFor(/Login: ?$/m);
    pane.type("wizard");
    pane.press("Enter");
    await pane.waitFor(/Password: ?$/m);
    pane.type("secret");
    pane.press("Enter");
    await pane.waitFor(/You have no new mail\./);
    assert.ok(!pane.screen().includes("secret"), "the password was not echoed");
    pane.type("look");
    pane.press("Enter");
    await pane.waitFor(/look\n+The Hall\nA large hall with a red carpet\./);
  } finally {
    pane.kill();
  }
});
