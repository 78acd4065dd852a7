import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeMarkup, parseMarkup, renderMarkup, stripMarkup, styleToSgr } from "./markup.js";

const ansi = (text: string): string => renderMarkup(text, { color: true });

test("known tags render to SGR and reset at the end", () => {
  assert.equal(ansi("[bold]hi[/bold] there"), "\x1b[0m\x1b[1mhi\x1b[0m there");
  assert.equal(ansi("[red]x[/red]"), "\x1b[0m\x1b[31mx\x1b[0m");
  assert.equal(ansi("[bright_green]x[/]"), "\x1b[0m\x1b[92mx\x1b[0m");
});

test("nested and combined styles", () => {
  assert.equal(ansi("[bold][red]a[/red]b[/bold]"), "\x1b[0m\x1b[1;31ma\x1b[0m\x1b[1mb\x1b[0m");
  assert.equal(ansi("[bold red]a[/bold red]"), "\x1b[0m\x1b[1;31ma\x1b[0m");
  assert.equal(ansi("[white on blue]a[/]"), "\x1b[0m\x1b[37;44ma\x1b[0m");
});

test("indexed and true colours", () => {
  assert.equal(styleToSgr("color(208)"), "38;5;208");
  assert.equal(styleToSgr("#ff8000"), "38;2;255;128;0");
  assert.equal(styleToSgr("on color(17)"), "48;5;17");
  assert.equal(styleToSgr("color(300)"), null);
});

test("unknown brackets stay literal", () => {
  assert.equal(stripMarkup("[1, 2] and [sic] and [nope]x[/nope]"), "[1, 2] and [sic] and [nope]x[/nope]");
  assert.equal(ansi("a [list] b"), "a [list] b");
});

test("stripping removes tags and keeps text", () => {
  assert.equal(stripMarkup("[bold]The Hall[/bold]\nA [red]red[/red] carpet."), "The Hall\nA red carpet.");
});

test("backslash escapes a bracket", () => {
  assert.equal(stripMarkup("\\[bold]not bold"), "[bold]not bold");
  assert.equal(stripMarkup(escapeMarkup("[red]x")), "[red]x");
});

test("unclosed tags are reset at the end; stray closing tags vanish", () => {
  assert.equal(ansi("[bold]open"), "\x1b[0m\x1b[1mopen\x1b[0m");
  assert.equal(stripMarkup("a[/bold]b"), "ab");
  assert.equal(stripMarkup("a[/]b"), "a[/]b");
});

test("control characters from players are removed", () => {
  assert.equal(stripMarkup("evil\x1b[2Jtext\x07\r\n"), "evil[2Jtext\n");
  assert.deepEqual(parseMarkup("a\tb"), [{ text: "a\tb", sgr: "" }]);
});
