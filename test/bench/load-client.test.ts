/** Unit tests of the load client's pure parts: framing, argument parsing, statistics, the fault ledger. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Args, parseDuration } from "../../bench/load/args.js";
import { FrameReader, fillTemplate, IacStripper, LineSplitter } from "../../bench/load/framing.js";
import { checkLedger, Ledger, parseLedgerLine } from "../../bench/load/ledger.js";
import { formatMarkdownTable, formatTable, LatencyRecorder, percentile } from "../../bench/load/stats.js";

describe("IacStripper", () => {
  test("drops negotiation, subnegotiation and GA, keeps escaped 255", () => {
    const s = new IacStripper();
    const input = Buffer.from([255, 251, 1, 0x61, 255, 250, 24, 1, 255, 240, 0x62, 255, 249, 255, 255, 0x63]);
    assert.deepEqual([...s.push(input)], [0x61, 0x62, 255, 0x63]);
  });
  test("handles a sequence split across chunks", () => {
    const s = new IacStripper();
    const a = s.push(Buffer.from([0x61, 255]));
    const b = s.push(Buffer.from([253]));
    const c = s.push(Buffer.from([31, 0x62]));
    assert.equal(Buffer.concat([a, b, c]).toString(), "ab");
  });
});

describe("LineSplitter", () => {
  test("CRLF, LF and CR line ends, split anywhere", () => {
    const s = new LineSplitter();
    assert.deepEqual(s.push("one\r"), ["one"]);
    assert.deepEqual(s.push("\ntwo\nthr"), ["two"]);
    assert.deepEqual(s.push("ee\r\n\r\nfour\rfive"), ["three", "", "four"]);
    assert.equal(s.pending, "five");
  });
});

describe("FrameReader", () => {
  test("lines between the markers form one reply; the rest is asynchronous", () => {
    const f = new FrameReader("<<", ">>");
    const events = ["Welcome", "<<", "The Lab", "Ann is here.", ">>", "Ann: hi", "<<", ">>"].map((l) => f.push(l));
    assert.deepEqual(events, [
      { kind: "async", line: "Welcome" },
      null,
      null,
      null,
      { kind: "frame", lines: ["The Lab", "Ann is here."] },
      { kind: "async", line: "Ann: hi" },
      null,
      { kind: "frame", lines: [] },
    ]);
  });
  test("markers must differ", () => {
    assert.throws(() => new FrameReader("x", "x"));
  });
  test("templates fill known names only", () => {
    assert.equal(
      fillTemplate("connect {name} {password} {other}", { name: "bot1", password: "pw" }),
      "connect bot1 pw {other}",
    );
  });
});

describe("Args", () => {
  test("values, flags, lists, durations and unknown options", () => {
    const a = new Args(["--k", "1,10,100", "--duration=5s", "--verbose", "--no-ssh", "pos", "--typo", "x"]);
    assert.deepEqual(a.numbers("k", []), [1, 10, 100]);
    assert.equal(parseDuration(a.string("duration", "1s")), 5000);
    assert.equal(a.flag("verbose"), true);
    assert.equal(a.flag("ssh", true), false);
    assert.deepEqual(a.positional, ["pos"]);
    assert.deepEqual(a.list("commands", ["look", "say hi"]), ["look", "say hi"]);
    assert.deepEqual(a.unknown(), ["typo"]);
    assert.throws(() => new Args(["--n", "abc"]).number("n", 1));
    assert.equal(parseDuration("1h"), 3_600_000);
    assert.equal(parseDuration("250ms"), 250);
    assert.equal(parseDuration("90"), 90_000);
    assert.throws(() => parseDuration("soon"));
  });
});

describe("statistics", () => {
  test("nearest-rank percentiles", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(percentile(sorted, 50), 50);
    assert.equal(percentile(sorted, 90), 90);
    assert.equal(percentile(sorted, 99), 99);
    assert.equal(percentile(sorted, 100), 100);
    assert.equal(percentile([7], 99), 7);
    assert.ok(Number.isNaN(percentile([], 50)));
  });
  test("recorder summary and merge", () => {
    const a = new LatencyRecorder();
    const b = new LatencyRecorder();
    for (const x of [5, 1, 3]) a.record(x);
    b.record(11);
    a.merge(b);
    assert.deepEqual(a.summary(), { count: 4, meanMs: 5, p50Ms: 3, p90Ms: 11, p99Ms: 11, maxMs: 11 });
  });
  test("tables align numbers right and text left", () => {
    const t = formatTable(
      ["target", "cmd/s"],
      [
        ["tsmoo", 1234.4],
        ["lambdamoo", 5.25],
      ],
    );
    assert.equal(t, "target     cmd/s\n---------  -----\ntsmoo      1,234\nlambdamoo   5.25");
    assert.equal(formatMarkdownTable(["a", "n"], [["x", 1]]), "| a | n |\n|---|---:|\n| x | 1 |");
  });
});

describe("fault ledger", () => {
  test("acknowledged tokens must all be there once, in order; in-doubt ones may be", () => {
    const l = new Ledger("bot1");
    for (const t of ["a", "b", "c"]) l.ack(t);
    l.doubt("d");
    l.doubt("e");
    const ok = checkLedger(l, ["a", "b", "c", "d"]);
    assert.deepEqual(
      {
        lost: ok.lost,
        dup: ok.duplicated,
        unexpected: ok.unexpected,
        reordered: ok.reordered,
        committed: ok.inDoubtCommitted,
      },
      { lost: [], dup: [], unexpected: [], reordered: 0, committed: 1 },
    );
    const bad = checkLedger(l, ["a", "c", "b", "c", "zz"]);
    assert.deepEqual(bad.lost, []);
    assert.deepEqual(bad.duplicated, ["c"]);
    assert.deepEqual(bad.unexpected, ["zz"]);
    assert.equal(bad.reordered, 1);
    assert.deepEqual(checkLedger(l, ["a"]).lost, ["b", "c"]);
  });
  test("parses tsmoo (JSON) and LambdaMOO (literal) dumps", () => {
    assert.deepEqual(parseLedgerLine('LEDGER bot1 ["bot1-1","bot1-2"]'), { bot: "bot1", tokens: ["bot1-1", "bot1-2"] });
    assert.deepEqual(parseLedgerLine('LEDGER bot2 {"bot2-1", "bot2-2"}'), {
      bot: "bot2",
      tokens: ["bot2-1", "bot2-2"],
    });
    assert.deepEqual(parseLedgerLine("LEDGER bot3 {}"), { bot: "bot3", tokens: [] });
    assert.equal(parseLedgerLine("=> 3"), null);
  });
});
