/**
 * Save-time rules for verb source. Parses the TypeScript (syntax errors are reported at their
 * line) and rejects what verb code may not contain: imports other than `"moo"`, `import()`,
 * `require`, direct `eval`, `with`, `debugger`, `import.meta`, exports, and any name or literal
 * property key beginning with `_` (reserved for the runtime's own helpers).
 */
import ts from "typescript";
import { CompileError } from "../../core/errors.js";
import { SDK_TYPES, SDK_VALUES } from "./sdk-names.js";

/** One name bound by an `import … from "moo"` declaration. */
export interface ImportBinding {
  /** The SDK export (`"*"` for a namespace import). */
  imported: string;
  /** The local name in the verb. */
  local: string;
}

export interface CheckedSource {
  sourceFile: ts.SourceFile;
  /** Value imports (type-only imports are dropped). */
  imports: ImportBinding[];
  /** The import declarations, to be blanked out before transpiling. */
  importNodes: ts.Node[];
}

const SDK_VALUE_SET = new Set(SDK_VALUES);
const SDK_TYPE_SET = new Set(SDK_TYPES);

interface ParsedFile extends ts.SourceFile {
  parseDiagnostics?: readonly ts.Diagnostic[];
}

/** Parses and checks verb source; throws CompileError at the first problem. */
export function checkSource(source: string): CheckedSource {
  const sourceFile = ts.createSourceFile("verb.ts", source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const diag = (sourceFile as ParsedFile).parseDiagnostics?.[0];
  if (diag) {
    throw errorAt(sourceFile, diag.start ?? 0, ts.flattenDiagnosticMessageText(diag.messageText, "\n"));
  }
  const imports: ImportBinding[] = [];
  const importNodes: ts.Node[] = [];
  for (const stmt of sourceFile.statements) {
    if (ts.isImportDeclaration(stmt)) {
      collectImport(sourceFile, stmt, imports);
      importNodes.push(stmt);
    }
  }
  const visit = (node: ts.Node): void => {
    checkNode(sourceFile, node);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sourceFile, visit);
  return { sourceFile, imports, importNodes };
}

function collectImport(sf: ts.SourceFile, decl: ts.ImportDeclaration, out: ImportBinding[]): void {
  const spec = decl.moduleSpecifier;
  if (!ts.isStringLiteral(spec) || spec.text !== "moo") {
    const name = ts.isStringLiteral(spec) ? spec.text : spec.getText(sf);
    throw errorAt(sf, spec.getStart(sf), `verbs may only import from "moo", not "${name}"`);
  }
  const clause = decl.importClause;
  if (!clause) return; // `import "moo";` binds nothing
  if (clause.name)
    throw errorAt(sf, clause.name.getStart(sf), `"moo" has no default export; use import { … } from "moo"`);
  if (clause.isTypeOnly) return;
  const bindings = clause.namedBindings;
  if (!bindings) return;
  if (ts.isNamespaceImport(bindings)) {
    out.push({ imported: "*", local: bindings.name.text });
    return;
  }
  for (const el of bindings.elements) {
    const imported = (el.propertyName ?? el.name).getText(sf);
    if (!SDK_VALUE_SET.has(imported) && !SDK_TYPE_SET.has(imported)) {
      throw errorAt(sf, el.getStart(sf), `"moo" has no export named '${imported}'`);
    }
    if (el.isTypeOnly || !SDK_VALUE_SET.has(imported)) continue;
    out.push({ imported, local: el.name.text });
  }
}

/** Is `node` in a position where a string literal names a property? */
function isKeyPosition(node: ts.Node): boolean {
  const p = node.parent;
  if (!p) return false;
  if (ts.isElementAccessExpression(p) && p.argumentExpression === node) return true;
  if (ts.isComputedPropertyName(p)) return true;
  if (ts.isLiteralTypeNode(p)) return false;
  if (
    (ts.isPropertyAssignment(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isGetAccessorDeclaration(p) ||
      ts.isSetAccessorDeclaration(p) ||
      ts.isPropertySignature(p) ||
      ts.isMethodSignature(p) ||
      ts.isEnumMember(p)) &&
    p.name === node
  ) {
    return true;
  }
  if (ts.isBindingElement(p) && p.propertyName === node) return true;
  return false;
}

function checkNode(sf: ts.SourceFile, node: ts.Node): void {
  switch (node.kind) {
    case ts.SyntaxKind.Identifier: {
      const text = (node as ts.Identifier).text;
      if (text.startsWith("_")) throw reserved(sf, node, text);
      if (text === "require" && !isPropertyName(node)) {
        throw errorAt(sf, node.getStart(sf), 'require is not available; import what you need from "moo"');
      }
      return;
    }
    case ts.SyntaxKind.PrivateIdentifier: {
      const text = (node as ts.PrivateIdentifier).text;
      if (text.startsWith("#_")) throw reserved(sf, node, text);
      return;
    }
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral: {
      const text = (node as ts.StringLiteral).text;
      if (text.startsWith("_") && isKeyPosition(node)) throw reserved(sf, node, text);
      return;
    }
    case ts.SyntaxKind.CallExpression: {
      const call = node as ts.CallExpression;
      if (call.expression.kind === ts.SyntaxKind.ImportKeyword) {
        throw errorAt(sf, node.getStart(sf), "dynamic import() is not allowed");
      }
      if (ts.isIdentifier(call.expression) && call.expression.text === "eval") {
        throw errorAt(sf, node.getStart(sf), "eval() is not allowed");
      }
      return;
    }
    case ts.SyntaxKind.WithStatement:
      throw errorAt(sf, node.getStart(sf), "'with' is not allowed");
    case ts.SyntaxKind.DebuggerStatement:
      throw errorAt(sf, node.getStart(sf), "'debugger' is not allowed");
    case ts.SyntaxKind.MetaProperty:
      if ((node as ts.MetaProperty).keywordToken === ts.SyntaxKind.ImportKeyword) {
        throw errorAt(sf, node.getStart(sf), "import.meta is not available");
      }
      return;
    case ts.SyntaxKind.ImportEqualsDeclaration:
      throw errorAt(sf, node.getStart(sf), 'use import { … } from "moo"');
    case ts.SyntaxKind.ExportDeclaration:
    case ts.SyntaxKind.ExportAssignment:
      throw errorAt(sf, node.getStart(sf), "verbs cannot export; return a value instead");
    case ts.SyntaxKind.ModuleDeclaration:
      throw errorAt(sf, node.getStart(sf), "namespaces and module declarations are not allowed in verbs");
    case ts.SyntaxKind.Decorator:
      throw errorAt(sf, node.getStart(sf), "decorators are not supported");
    default:
      if (ts.canHaveModifiers(node)) {
        const mods = ts.getModifiers(node);
        if (mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
          throw errorAt(sf, node.getStart(sf), "verbs cannot export; return a value instead");
        }
      }
  }
}

/** `x.require` or `{ require: 1 }`: a property name, not a reference to a global. */
function isPropertyName(node: ts.Node): boolean {
  const p = node.parent;
  if (!p) return false;
  if (ts.isPropertyAccessExpression(p) && p.name === node) return true;
  if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p)) && p.name === node) {
    return true;
  }
  return false;
}

function reserved(sf: ts.SourceFile, node: ts.Node, text: string): CompileError {
  return errorAt(sf, node.getStart(sf), `names beginning with '_' are reserved ('${text}')`);
}

/** A CompileError at a character offset, with 1-based line and column in the message. */
export function errorAt(sf: ts.SourceFile, pos: number, message: string): CompileError {
  const { line, character } = sf.getLineAndCharacterOfPosition(pos);
  return new CompileError(`${message} (line ${line + 1})`, line + 1, character + 1);
}
