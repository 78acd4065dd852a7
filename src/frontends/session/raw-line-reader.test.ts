import assert from "node:assert/strict";
import { test } from "node:test";
import { RawLineReader } from "./raw-line-reader.js";

const lines = (r: RawLineReader, text: string) => r.push(text);

test("CR, LF, CRLF and CR NUL all end a line once", () => {
  const r = new RawLineReader(100);
  assert.deepEqual(lines(r, "a\r\nb\nc\rd\r\0e\r"), [
    { type: "line", line: "a" },
    { type: "line", line: "b" },
    { type: "line", line: "c" },
    { type: "line", line: "d" },
    { type: "line", line: "e" },
  ]);
  assert.deepEqual(lines(r, "\nf\n"), [{ type: "line", line: "f" }]);
});

test("backspace edits, escape sequences and controls are dropped", () => {
  const r = new RawLineReader(100);
  assert.deepEqual(lines(r, "lookk\x7f\x1b[A\x1bOB \x01here\n"), [{ type: "line", line: "look here" }]);
});

test("a line split across chunks, with an escape split too", () => {
  const r = new RawLineReader(100);
  assert.deepEqual(lines(r, "hel\x1b["), []);
  assert.deepEqual(lines(r, "Dlo\n"), [{ type: "line", line: "hello" }]);
});

test("too long lines are reported once and not buffered", () => {
  const r = new RawLineReader(10);
  assert.deepEqual(lines(r, "x".repeat(50)), []);
  assert.deepEqual(lines(r, "y".repeat(1_000_000)), []);
  assert.deepEqual(lines(r, "\nok\n"), [{ type: "overflow" }, { type: "line", line: "ok" }]);
});

test("Ctrl-D on an empty line is end of input", () => {
  const r = new RawLineReader(10);
  assert.deepEqual(lines(r, "\x04"), [{ type: "eof" }]);
  assert.deepEqual(lines(r, "ab\x04\n"), [{ type: "line", line: "ab" }]);
});
