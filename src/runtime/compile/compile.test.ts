import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CompileError } from "../../core/errors.js";
import { compileEval, compileVerb } from "./compile.js";

describe("compile pipeline", () => {
  test("keeps every line where it was (types, interfaces, enums, imports)", () => {
    const src =
      'import { print } from "moo";\ninterface A {\n  x: number;\n}\nenum E { A, B }\nconst y: number = 3;\nreturn y;';
    const js = compileVerb(src).js;
    assert.equal(js.split("\n").length, src.split("\n").length + 1);
    assert.match(js.split("\n")[5] ?? "", /const y = 3;/);
  });

  test("reports syntax errors at their line and column", () => {
    assert.throws(
      () => compileVerb("const a = 1;\nconst b = ;"),
      (e: CompileError) => e instanceof CompileError && e.line === 2 && /Expression expected/.test(e.message),
    );
  });

  test("reports strict-mode errors found by the engine at the verb's line", () => {
    assert.throws(
      () => compileVerb("const x = 1;\nawait x;"),
      (e: CompileError) => e.line === 2,
    );
  });

  test("allows top-level return and redeclaring context names", () => {
    assert.doesNotThrow(() => compileVerb("let args = [1];\nconst player = 2;\nreturn args;"));
  });

  test("records the imported SDK names", () => {
    assert.deepEqual(
      compileVerb('import { print, lookup as l } from "moo";\nimport type { MooValue } from "moo";').imports,
      ["print", "lookup"],
    );
  });

  test("instruments loops, functions, catch and finally blocks without adding lines", () => {
    const js = compileVerb("for (;;) x();\nconst f = () => 1;\ntry { } catch { } finally { }").js;
    assert.match(js, /for \(;;\) \{__t\(\);x\(\);\}/);
    assert.match(js, /\(\) => \(__t\(\), 1\)/);
    assert.match(js, /catch \{__r\(\);/);
    assert.match(js, /finally \{__r\(\);/);
  });

  test("eval returns the last expression statement", () => {
    assert.match(compileEval("const a = 2;\na * 3").js, /return \(a \* 3\)/);
    assert.doesNotMatch(compileEval("const a = 2;").js, /return \(/);
  });

  test("a compile error is a UserError with code E_COMPILE", () => {
    try {
      compileVerb('import fs from "fs";');
      assert.fail();
    } catch (e) {
      assert.equal((e as CompileError).code, "E_COMPILE");
    }
  });
});
