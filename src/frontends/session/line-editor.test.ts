import assert from "node:assert/strict";
import { test } from "node:test";
import { KeyDecoder } from "./key-decoder.js";
import { LineEditor, type LineEditorOptions, type LineEditorResult } from "./line-editor.js";

function editor(options: Partial<LineEditorOptions> = {}): LineEditor {
  return new LineEditor({ prompt: "> ", width: 80, maxLength: 4096, shortcuts: true, ...options });
}

/** Types `input` (raw terminal bytes, possibly many keys in one chunk); returns the results. */
function type(ed: LineEditor, input: string, decoder = new KeyDecoder()): LineEditorResult[] {
  const results: LineEditorResult[] = [];
  for (const key of [...decoder.push(input), ...decoder.flush()]) {
    const r = ed.handleKey(key);
    if (r) results.push(r);
  }
  return results;
}

test("key decoder: one chunk with several keys and escape sequences", () => {
  const keys = new KeyDecoder().push("ab\x1b[D\x1b[1;5C\x1bOH\x1b[3~\t\x7f\x01\r\n");
  assert.deepEqual(
    keys.map((k) => k.name + (k.ch ?? "") + (k.ctrl ? "^" : "")),
    ["chara", "charb", "left", "right^", "home", "delete", "tab", "backspace", "ctrla", "enter"],
  );
});

test("key decoder: a sequence split across chunks, and a lone Escape", () => {
  const d = new KeyDecoder();
  assert.deepEqual(d.push("x\x1b"), [{ name: "char", ch: "x" }]);
  assert.equal(d.hasPending, true);
  assert.deepEqual(d.push("[A"), [{ name: "up" }]);
  d.push("\x1b");
  assert.deepEqual(d.flush(), [{ name: "escape" }]);
  assert.deepEqual(d.push("\x1bb"), [{ name: "char", ch: "b", alt: true }]);
});

test("a paste with cursor keys in one chunk edits correctly", () => {
  const ed = editor();
  const results = type(ed, "lok\x1b[D\x1b[Do\x1b[C\x1b[C around");
  assert.deepEqual(results, []);
  assert.equal(ed.line, "look around");
});

test("Home/End, Ctrl-A/E, delete, backspace, word motions", () => {
  const ed = editor();
  type(ed, "hello world\x01X\x05Y");
  assert.equal(ed.line, "Xhello worldY");
  type(ed, "\x1b[H\x1b[3~\x1b[F\x7f");
  assert.equal(ed.line, "hello world");
  type(ed, "\x1bb\x1bb\x1b[3~");
  assert.equal(ed.line, "ello world");
  type(ed, "\x05\x17");
  assert.equal(ed.line, "ello ");
  type(ed, "\x15");
  assert.equal(ed.line, "");
  type(ed, "\x19");
  assert.equal(ed.line, "ello ");
});

test("Enter submits, Ctrl-D on an empty line is EOF, Ctrl-C interrupts", () => {
  const ed = editor();
  assert.deepEqual(type(ed, "look\r"), [{ type: "submit", line: "look" }]);
  assert.deepEqual(type(editor(), "\x04"), [{ type: "eof" }]);
  assert.deepEqual(type(editor(), "abc\x03"), [{ type: "interrupt" }]);
});

test("history walks back and forth and keeps the draft", () => {
  const ed = editor({ history: ["look", "say hi"] });
  type(ed, "dra");
  type(ed, "\x1b[A");
  assert.equal(ed.line, "say hi");
  type(ed, "\x1b[A\x1b[A");
  assert.equal(ed.line, "look");
  type(ed, "\x1b[B\x1b[B");
  assert.equal(ed.line, "dra");
});

test("shortcuts on an empty line", () => {
  const ed = editor();
  type(ed, '"hello"');
  assert.equal(ed.line, 'say "hello"');
  assert.equal(ed.cursorPosition, ed.line.length);
  const em = editor();
  type(em, ":waves");
  assert.equal(em.line, 'emote "waves"');
  const ev = editor();
  type(ev, ";1+1");
  assert.equal(ev.line, ";1+1", "eval code is not quoted");
  const mid = editor();
  type(mid, 'x"');
  assert.equal(mid.line, 'x"');
});

test("completion: unique match, common prefix, listing on second Tab, stale results ignored", () => {
  const ed = editor();
  const [req] = type(ed, "look la\t") as [Extract<LineEditorResult, { type: "complete" }>];
  assert.equal(req.word, "la");
  assert.deepEqual(ed.complete(req.version, req.word, ["lamp", "lantern"]), [], "no longer common prefix");
  assert.equal(ed.line, "look la");
  const [req2] = type(ed, "n\t") as [Extract<LineEditorResult, { type: "complete" }>];
  assert.deepEqual(ed.complete(req2.version, req2.word, ["lantern", "lanyard"]), []);
  assert.equal(ed.line, "look lan");
  const [third] = type(ed, "\t") as [Extract<LineEditorResult, { type: "complete" }>];
  assert.deepEqual(ed.complete(third.version, third.word, ["lantern", "lanyard"]), ["lantern", "lanyard"]);
  const [one] = type(ed, "t\t") as [Extract<LineEditorResult, { type: "complete" }>];
  type(ed, "x");
  assert.deepEqual(ed.complete(one.version, one.word, ["lantern"]), []);
  assert.equal(ed.line, "look lantx");
  const fresh = editor();
  const [r] = type(fresh, "lant\t") as [Extract<LineEditorResult, { type: "complete" }>];
  fresh.complete(r.version, r.word, ["lantern"]);
  assert.equal(fresh.line, "lantern ");
});

test("masked input shows stars and skips history and shortcuts", () => {
  const ed = editor({ mask: "*", history: ["secret"] });
  type(ed, '"pw\x1b[A');
  assert.equal(ed.line, '"pw');
  assert.match(ed.render(), /> \*\*\*/);
});

test("too long input overflows and drops the line", () => {
  const ed = editor({ maxLength: 10 });
  assert.deepEqual(type(ed, "x".repeat(50)), [{ type: "overflow" }]);
  assert.ok(ed.line.length <= 10);
});

test("render positions the cursor on wrapped lines", () => {
  const ed = editor({ width: 10 });
  type(ed, "abcdefghijkl");
  // prompt (2) + 12 chars = 14 columns: end on row 1, col 4
  const out = ed.render();
  assert.ok(out.endsWith("\r\x1b[4C"), JSON.stringify(out));
  type(ed, "\x01");
  const home = ed.render();
  assert.ok(home.startsWith("\x1b[1A"), "moves up to the first row before redrawing");
  assert.ok(home.endsWith("\x1b[1A\r\x1b[2C"), JSON.stringify(home));
  assert.equal(ed.clear(), "\r\x1b[J");
});
