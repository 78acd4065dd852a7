import assert from "node:assert/strict";
import { test } from "node:test";
import {
  DO,
  DONT,
  GA,
  IAC,
  IacParser,
  NOP,
  SB,
  SE,
  subnegotiation,
  type TelnetEvent,
  WILL,
  WONT,
} from "./iac-parser.js";

const b = (...bytes: (number | string)[]): Buffer =>
  Buffer.concat(bytes.map((x) => (typeof x === "string" ? Buffer.from(x, "latin1") : Buffer.from([x]))));

/** Parses chunks and merges adjacent data events for easier comparison. */
function parse(parser: IacParser, ...chunks: Buffer[]): TelnetEvent[] {
  const out: TelnetEvent[] = [];
  for (const chunk of chunks) {
    for (const e of parser.push(chunk)) {
      const last = out[out.length - 1];
      if (e.type === "data" && last?.type === "data") last.data = Buffer.concat([last.data, e.data]);
      else out.push(e);
    }
  }
  return out;
}

test("plain data passes through", () => {
  assert.deepEqual(parse(new IacParser(), b("hello\r\n")), [{ type: "data", data: b("hello\r\n") }]);
});

test("IAC IAC is a literal 0xFF", () => {
  assert.deepEqual(parse(new IacParser(), b("a", IAC, IAC, "b")), [{ type: "data", data: b("a", 255, "b") }]);
});

test("negotiations with every verb", () => {
  const events = parse(new IacParser(), b(IAC, WILL, 24, IAC, WONT, 31, IAC, DO, 201, IAC, DONT, 1));
  assert.deepEqual(events, [
    { type: "negotiate", verb: WILL, option: 24 },
    { type: "negotiate", verb: WONT, option: 31 },
    { type: "negotiate", verb: DO, option: 201 },
    { type: "negotiate", verb: DONT, option: 1 },
  ]);
});

test("single commands", () => {
  assert.deepEqual(parse(new IacParser(), b("x", IAC, GA, IAC, NOP, "y")), [
    { type: "data", data: b("x") },
    { type: "command", command: GA },
    { type: "command", command: NOP },
    { type: "data", data: b("y") },
  ]);
});

test("subnegotiation with IAC IAC inside the payload", () => {
  assert.deepEqual(parse(new IacParser(), b(IAC, SB, 201, "Core", IAC, IAC, "x", IAC, SE, "z")), [
    { type: "subnegotiation", option: 201, data: b("Core", 255, "x") },
    { type: "data", data: b("z") },
  ]);
});

test("every state survives being split byte by byte", () => {
  const whole = b("ab", IAC, IAC, IAC, WILL, 24, IAC, SB, 24, 0, "XTERM", IAC, IAC, IAC, SE, IAC, GA, "cd");
  const expected = parse(new IacParser(), whole);
  const parser = new IacParser();
  const split = parse(parser, ...Array.from(whole, (byte) => Buffer.from([byte])));
  assert.deepEqual(split, expected);
  assert.deepEqual(expected, [
    { type: "data", data: b("ab", 255) },
    { type: "negotiate", verb: WILL, option: 24 },
    { type: "subnegotiation", option: 24, data: b(0, "XTERM", 255) },
    { type: "command", command: GA },
    { type: "data", data: b("cd") },
  ]);
});

test("broken subnegotiation: IAC + command inside SB aborts it", () => {
  assert.deepEqual(parse(new IacParser(), b(IAC, SB, 201, "junk", IAC, WILL, 31, "ok")), [
    { type: "negotiate", verb: WILL, option: 31 },
    { type: "data", data: b("ok") },
  ]);
});

test("unknown command bytes are reported, not fatal", () => {
  assert.deepEqual(parse(new IacParser(), b(IAC, 7, "a")), [
    { type: "command", command: 7 },
    { type: "data", data: b("a") },
  ]);
});

test("an oversized subnegotiation is dropped, parsing continues after IAC SE", () => {
  const parser = new IacParser(16);
  assert.deepEqual(parse(parser, b(IAC, SB, 201), Buffer.alloc(1000, 65), b(IAC, SE, "next")), [
    { type: "data", data: b("next") },
  ]);
});

test("an SB never closed does not grow without bound", () => {
  const parser = new IacParser(1024);
  for (let i = 0; i < 100; i++) parser.push(i === 0 ? b(IAC, SB, 201) : Buffer.alloc(10_000, 66));
  assert.deepEqual(parse(parser, b(IAC, SE, "back")), [{ type: "data", data: b("back") }]);
});

test("subnegotiation builder escapes IAC", () => {
  assert.deepEqual(subnegotiation(201, b("a", 255)), b(IAC, SB, 201, "a", 255, 255, IAC, SE));
});
