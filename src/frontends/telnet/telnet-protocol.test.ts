import assert from "node:assert/strict";
import { test } from "node:test";
import { DO, DONT, EOR_CMD, GA, IAC, SB, SE, WILL, WONT } from "./iac-parser.js";
import { OPT, TelnetProtocol } from "./telnet-protocol.js";

function setup() {
  const written: Buffer[] = [];
  const data: string[] = [];
  const gmcp: [string, unknown][] = [];
  const sizes: [number, number][] = [];
  const protocol = new TelnetProtocol({
    write: (bytes) => written.push(bytes),
    onData: (d) => data.push(d.toString("utf8")),
    onGmcp: (m, d) => gmcp.push([m, d]),
    onResize: (c, r) => sizes.push([c, r]),
    mssp: () => ({ NAME: "tsmoo", PLAYERS: "3" }),
  });
  const take = (): Buffer => Buffer.concat(written.splice(0));
  return { protocol, take, data, gmcp, sizes };
}
const b = (...bytes: (number | string)[]): Buffer =>
  Buffer.concat(bytes.map((x) => (typeof x === "string" ? Buffer.from(x, "latin1") : Buffer.from([x]))));

test("initial offers", () => {
  const { protocol, take } = setup();
  protocol.start();
  assert.deepEqual(
    take(),
    b(IAC, WILL, 201, IAC, WILL, 70, IAC, WILL, 25, IAC, WILL, 42, IAC, WONT, 3, IAC, DO, 24, IAC, DO, 31),
  );
});

test("DO on offered options enables them without a reply; unknown DO gets WONT", () => {
  const { protocol, take } = setup();
  protocol.start();
  take();
  protocol.receive(b(IAC, DO, OPT.GMCP, IAC, DO, OPT.EOR, IAC, DO, 99));
  assert.deepEqual(take(), b(IAC, WONT, 99));
  assert.equal(protocol.caps.gmcp, true);
  assert.equal(protocol.caps.eor, true);
  protocol.receive(b(IAC, DONT, OPT.EOR));
  assert.deepEqual(take(), b(IAC, WONT, OPT.EOR));
  assert.equal(protocol.caps.eor, false);
  protocol.receive(b(IAC, DONT, OPT.EOR));
  assert.deepEqual(take(), b(), "no reply when nothing changes (no loops)");
});

test("prompt marks: GA without EOR, EOR once negotiated", () => {
  const { protocol, take } = setup();
  protocol.start();
  take();
  protocol.promptReady();
  assert.deepEqual(take(), b(IAC, GA));
  protocol.receive(b(IAC, DO, OPT.EOR));
  protocol.promptReady();
  assert.deepEqual(take(), b(IAC, EOR_CMD));
});

test("MTTS: three TTYPE stages", () => {
  const { protocol, take } = setup();
  protocol.start();
  take();
  protocol.receive(b(IAC, WILL, OPT.TTYPE));
  assert.deepEqual(take(), b(IAC, SB, 24, 1, IAC, SE));
  protocol.receive(b(IAC, SB, 24, 0, "MUDLET 4.17", IAC, SE));
  assert.deepEqual(take(), b(IAC, SB, 24, 1, IAC, SE));
  protocol.receive(b(IAC, SB, 24, 0, "XTERM-256COLOR", IAC, SE));
  assert.deepEqual(take(), b(IAC, SB, 24, 1, IAC, SE));
  protocol.receive(b(IAC, SB, 24, 0, "MTTS 137", IAC, SE));
  assert.deepEqual(take(), b());
  assert.equal(protocol.caps.clientName, "MUDLET");
  assert.equal(protocol.caps.clientVersion, "4.17");
  assert.equal(protocol.caps.terminalType, "XTERM-256COLOR");
  assert.equal(protocol.caps.mtts, 137);
});

test("TTYPE: a repeated answer ends the cycle", () => {
  const { protocol, take } = setup();
  protocol.receive(b(IAC, WILL, OPT.TTYPE));
  take();
  protocol.receive(b(IAC, SB, 24, 0, "XTERM", IAC, SE));
  take();
  protocol.receive(b(IAC, SB, 24, 0, "XTERM", IAC, SE));
  assert.deepEqual(take(), b());
});

test("NAWS gives the window size", () => {
  const { protocol, sizes } = setup();
  protocol.receive(b(IAC, WILL, OPT.NAWS, IAC, SB, 31, 0, 132, 0, 40, IAC, SE));
  assert.deepEqual(sizes, [[132, 40]]);
});

test("CHARSET: accepts UTF-8, rejects others, requests it when the client agrees", () => {
  const { protocol, take } = setup();
  protocol.receive(b(IAC, SB, 42, 1, ";ISO-8859-1;UTF-8", IAC, SE));
  assert.deepEqual(take(), b(IAC, SB, 42, 2, "UTF-8", IAC, SE));
  protocol.receive(b(IAC, SB, 42, 1, ";ISO-8859-1", IAC, SE));
  assert.deepEqual(take(), b(IAC, SB, 42, 3, IAC, SE));
  protocol.start();
  take();
  protocol.receive(b(IAC, DO, OPT.CHARSET));
  assert.deepEqual(take(), b(IAC, SB, 42, 1, ";UTF-8", IAC, SE));
});

test("MSSP is sent when the client agrees", () => {
  const { protocol, take } = setup();
  protocol.start();
  take();
  protocol.receive(b(IAC, DO, OPT.MSSP));
  assert.deepEqual(take(), b(IAC, SB, 70, 1, "NAME", 2, "tsmoo", 1, "PLAYERS", 2, "3", IAC, SE));
});

test("GMCP out and in; Core.Supports tracked; bad JSON ignored", () => {
  const { protocol, take, gmcp } = setup();
  assert.equal(protocol.sendGmcp("Room.Info", { num: 1 }), false, "not before the client agrees");
  protocol.start();
  protocol.receive(b(IAC, DO, OPT.GMCP));
  take();
  assert.equal(protocol.sendGmcp("Room.Info", { num: 1, name: "Hall" }), true);
  assert.deepEqual(take(), b(IAC, SB, 201, 'Room.Info {"num":1,"name":"Hall"}', IAC, SE));
  protocol.receive(b(IAC, SB, 201, 'Core.Supports.Set ["Char 1", "Editor 1"]', IAC, SE));
  assert.deepEqual([...protocol.caps.gmcpPackages], ["char", "editor"]);
  protocol.receive(b(IAC, SB, 201, 'Core.Supports.Remove ["Char"]', IAC, SE));
  assert.deepEqual([...protocol.caps.gmcpPackages], ["editor"]);
  protocol.receive(b(IAC, SB, 201, "Editor.Save {bad json", IAC, SE));
  protocol.receive(b(IAC, SB, 201, 'Editor.Save {"id":"e1","content":"x"}', IAC, SE));
  assert.deepEqual(gmcp, [["Editor.Save", { id: "e1", content: "x" }]]);
});

test("server echo for passwords, data with 0xFF escaped", () => {
  const { protocol, take, data } = setup();
  protocol.setServerEcho(true);
  assert.deepEqual(take(), b(IAC, WILL, OPT.ECHO));
  protocol.receive(b(IAC, DO, OPT.ECHO));
  assert.deepEqual(take(), b());
  protocol.setServerEcho(false);
  assert.deepEqual(take(), b(IAC, WONT, OPT.ECHO));
  protocol.receive(b("hi", IAC, IAC));
  assert.deepEqual(data, ["hi", "\ufffd"]);
});
