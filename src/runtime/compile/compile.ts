/**
 * The verb compile pipeline: check (check.ts) → instrument (instrument.ts) → strip types (sucrase,
 * which keeps every line where it was) → wrap → syntax-check the final JavaScript.
 *
 * The compiled text is one expression, a factory:
 *
 *     (function(__moo){"use strict";const __t=__moo.t,__r=__moo.r,{print:print}=__moo.sdk;
 *      return function(player,caller,verb,args,…){{ <line 1 of the verb> …
 *     <last line>
 *     }}})
 *
 * The header sits on line 1 together with the verb's first line, so line N of the compiled text is
 * line N of the source. The sandbox runs the factory once per task context with the helpers object
 * (`__moo`, see sandbox/shim.js) and calls the returned function with `this` and the context values.
 * The verb body is wrapped in its own block so it may redeclare context names (`let args = …`).
 */
import { Script } from "node:vm";
import { transform } from "sucrase";
import { CompileError } from "../../core/errors.js";
import { type CheckedSource, checkSource, type ImportBinding } from "./check.js";
import { applyEdits, type Edit, instrumentEdits, lastExpressionEdits } from "./instrument.js";
import { CONTEXT_PARAMS, SDK_VALUES } from "./sdk-names.js";

export interface CompiledVerb {
  /** The JavaScript factory stored with the verb (see the module comment). */
  js: string;
  /** SDK names the verb imports (for tooling; the factory binds them itself). */
  imports: string[];
}

/** Names `;`/`@eval` code sees besides the SDK: the usual context plus `here`. */
const EVAL_EXTRA_PARAMS = ["here"];

/** Compiles verb source; throws CompileError (with line and column) when it is not acceptable. */
export function compileVerb(source: string): CompiledVerb {
  const checked = checkSource(source);
  const edits = instrumentEdits(checked.sourceFile, checked.importNodes);
  return finish(source, checked, edits, checked.imports, CONTEXT_PARAMS);
}

/**
 * Compiles `;`/`@eval` code: statements or an expression; the value of the last expression
 * statement is returned. Every SDK export is in scope (imports are still allowed), and so are the
 * context names plus `here` (the player's location).
 */
export function compileEval(source: string): CompiledVerb {
  const checked = checkSource(source);
  const edits = [
    ...lastExpressionEdits(checked.sourceFile),
    ...instrumentEdits(checked.sourceFile, checked.importNodes),
  ];
  const explicit = new Set(checked.imports.map((b) => b.local));
  const implicit: ImportBinding[] = SDK_VALUES.filter((n) => !explicit.has(n)).map((n) => ({ imported: n, local: n }));
  return finish(source, checked, edits, [...checked.imports, ...implicit], [...CONTEXT_PARAMS, ...EVAL_EXTRA_PARAMS]);
}

function finish(
  source: string,
  checked: CheckedSource,
  edits: Edit[],
  imports: readonly ImportBinding[],
  params: readonly string[],
): CompiledVerb {
  const instrumented = applyEdits(source, edits);
  let body: string;
  try {
    body = transform(instrumented, { transforms: ["typescript"], disableESTransforms: true }).code;
  } catch (e) {
    const loc = (e as { loc?: { line: number; column: number } }).loc;
    const msg = String((e as Error).message).replace(/\s*\(\d+:\d+\)$/, "");
    throw new CompileError(`${msg} (line ${loc?.line ?? 1})`, loc?.line ?? 1, (loc?.column ?? 0) + 1);
  }
  const js = wrap(body, imports, params);
  syntaxCheck(js, source);
  return { js, imports: checked.imports.map((b) => b.imported) };
}

function wrap(body: string, imports: readonly ImportBinding[], params: readonly string[]): string {
  const bindings: string[] = [];
  for (const b of imports) {
    if (b.imported === "*") bindings.push(`${b.local}=__moo.sdk`);
    else bindings.push(`{${b.imported}:${b.local}}=__moo.sdk`);
  }
  const consts = ["__t=__moo.t", "__r=__moo.r", ...bindings].join(",");
  return `(function(__moo){"use strict";const ${consts};return function(${params.join(",")}){{${body}\n}}})`;
}

/**
 * Compiles (never runs) the final JavaScript to catch what only the engine reports: strict-mode
 * errors, top-level `await`, duplicate declarations. Reported at the verb's own line.
 */
function syntaxCheck(js: string, source: string): void {
  try {
    new Script(js, { filename: "verb.js" });
  } catch (e) {
    const stack = String((e as Error).stack ?? "");
    const m = /^verb\.js:(\d+)/.exec(stack);
    const lines = source.split("\n").length;
    const line = Math.min(Math.max(m ? Number(m[1]) : 1, 1), lines);
    throw new CompileError(`${(e as Error).message} (line ${line})`, line, 1);
  }
}
