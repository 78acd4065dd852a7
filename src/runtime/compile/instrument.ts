/**
 * Compile-time instrumentation that keeps a runaway verb stoppable and the task's fatal error
 * uncatchable, without moving any line:
 *   - every function body and every loop body starts with `__t();` (tick: rethrows a pending fatal
 *     error; every 1024 ticks compares the clock with the task deadline);
 *   - expression-bodied arrows become `(__t(), body)`;
 *   - every `catch` and `finally` block starts with `__r();` (rethrows a pending fatal error, so a
 *     time/memory/output limit cannot be swallowed);
 *   - `import` declarations are blanked (their bindings are made by the wrapper).
 * `__t` and `__r` are parameters of the wrapper; verb code cannot name them (see check.ts).
 */
import ts from "typescript";

/** A text edit on the original source: replace [start, end) by text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  /** A closing insertion (`}` or `)`): at one position, inner closes must precede outer ones. */
  close?: boolean;
}

export const TICK = "__t();";
export const RETHROW = "__r();";

/** Collects the instrumentation edits for a checked source file. */
export function instrumentEdits(sf: ts.SourceFile, importNodes: readonly ts.Node[]): Edit[] {
  const edits: Edit[] = [];
  for (const node of importNodes) {
    const start = node.getStart(sf);
    const end = node.getEnd();
    edits.push({ start, end, text: sf.text.slice(start, end).replace(/[^\n]/g, " ") });
  }
  const atBlockStart = (block: ts.Block, text: string): void => {
    const pos = block.getStart(sf) + 1;
    edits.push({ start: pos, end: pos, text });
  };
  const loopBody = (body: ts.Statement): void => {
    if (ts.isBlock(body)) {
      atBlockStart(body, TICK);
      return;
    }
    const start = body.getStart(sf);
    edits.push({ start, end: start, text: `{${TICK}` });
    edits.push({ start: body.getEnd(), end: body.getEnd(), text: "}", close: true });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const body = node.body as ts.Node;
      if (ts.isBlock(body)) atBlockStart(body, TICK);
      else if (ts.isArrowFunction(node)) {
        edits.push({ start: body.getStart(sf), end: body.getStart(sf), text: "(__t(), " });
        edits.push({ start: body.getEnd(), end: body.getEnd(), text: ")", close: true });
      }
    } else if (
      ts.isForStatement(node) ||
      ts.isForInStatement(node) ||
      ts.isForOfStatement(node) ||
      ts.isWhileStatement(node) ||
      ts.isDoStatement(node)
    ) {
      loopBody(node.statement);
    } else if (ts.isTryStatement(node)) {
      if (node.catchClause) atBlockStart(node.catchClause.block, RETHROW);
      if (node.finallyBlock) atBlockStart(node.finallyBlock, RETHROW);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return edits;
}

/**
 * Applies non-overlapping edits. Edits are collected outer node first; at one position, closing
 * insertions go first and innermost first, then opening insertions outermost first.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const order = edits.map((e, i) => ({ e, i }));
  const rank = (x: { e: Edit; i: number }): number => (x.e.close ? -1_000_000_000 - x.i : x.i);
  order.sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || rank(a) - rank(b));
  let out = "";
  let at = 0;
  for (const { e } of order) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * For `;`/`@eval`: turns a final expression statement into `return (expr);` so the wrapper returns
 * the value of the last expression (REPL style). Returns no edit when the code ends otherwise.
 */
export function lastExpressionEdits(sf: ts.SourceFile): Edit[] {
  const last = sf.statements[sf.statements.length - 1];
  if (!last || !ts.isExpressionStatement(last)) return [];
  const expr = last.expression;
  return [
    { start: expr.getStart(sf), end: expr.getStart(sf), text: "return (" },
    { start: expr.getEnd(), end: expr.getEnd(), text: ")", close: true },
  ];
}
