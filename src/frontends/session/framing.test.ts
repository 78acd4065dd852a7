import assert from "node:assert/strict";
import { test } from "node:test";
import { OutputFraming } from "./framing.js";

test("PREFIX and SUFFIX frame every command block, even an empty one", () => {
  const f = new OutputFraming();
  assert.equal(f.handleCommand("PREFIX >>start"), "Output prefix set to: >>start");
  assert.equal(f.handleCommand("SUFFIX <<end"), "Output suffix set to: <<end");
  assert.deepEqual(f.frameCommand(["a", "b"]), [">>start", "a", "b", "<<end"]);
  assert.deepEqual(f.frameCommand([]), [">>start", "<<end"]);
  assert.deepEqual(f.frameAsync(["x"]), ["x"]);
});

test("global markers are outermost and also wrap async output", () => {
  const f = new OutputFraming();
  f.handleCommand("OUTPUTPREFIX {");
  f.handleCommand("OUTPUTSUFFIX }");
  f.handleCommand("PREFIX (");
  f.handleCommand("SUFFIX )");
  assert.deepEqual(f.frameCommand(["a"]), ["{", "(", "a", ")", "}"]);
  assert.deepEqual(f.frameAsync(["b"]), ["{", "b", "}"]);
});

test("query and clear", () => {
  const f = new OutputFraming();
  assert.equal(f.handleCommand("PREFIX"), "No output prefix set");
  f.handleCommand("prefix ABC");
  assert.equal(f.handleCommand("PREFIX"), "Current output prefix: ABC");
  assert.equal(f.handleCommand("PREFIX clear"), "Output prefix cleared");
  assert.deepEqual(f.frameCommand(["a"]), ["a"]);
  assert.equal(f.handleCommand("OUTPUTSUFFIX"), "No global output suffix set");
  assert.equal(f.handleCommand("OUTPUTSUFFIX -- done --"), "Global output suffix set to: -- done --");
});

test("other lines are not framing commands", () => {
  const f = new OutputFraming();
  assert.equal(f.handleCommand("say PREFIX"), null);
  assert.equal(OutputFraming.isFramingCommand("PREFIXES x"), false);
  assert.equal(OutputFraming.isFramingCommand("  SUFFIX x"), true);
});
