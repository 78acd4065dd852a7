/**
 * Type checking and completions for the verb IDE: the TypeScript language service over one
 * in-memory file, with the SDK declarations (`sdk/moo.d.ts`) loaded, the ES2022 library and no
 * DOM or Node types (verbs run in a bare sandbox).
 *
 * A verb body is a function body in the runtime (top-level `return`, `this` is the object the verb
 * was found on), so the checked text is the verb wrapped in a function: the `import … from "moo"`
 * lines are moved in front of the wrapper (their place in the body is blanked, newlines kept) and
 * every position is mapped back, so diagnostics point at the exact line and column the author sees.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";

export interface VerbDiagnostic {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets in the source, for editors. */
  from: number;
  to: number;
  message: string;
  severity: "error" | "warning" | "info";
  /** TypeScript's code (e.g. 2322). */
  code: number;
}

export interface VerbCompletion {
  label: string;
  kind: string;
  /** Text to insert when it differs from the label. */
  insertText?: string;
}

export interface VerbCheckerOptions {
  /** The SDK declaration file (default: `sdk/moo.d.ts` of this checkout). */
  sdkPath?: string;
  /** Longest source checked, in characters. */
  maxSourceLength?: number;
}

const VERB_FILE = "/verb/verb.ts";
const SDK_FILE = "/verb/moo.d.ts";
const WRAP_OPEN = 'function __verb(this: import("moo").MooObject) {';
const WRAP_CLOSE = "\n}\nexport {};\n";

/** Where each stretch of the checked text came from in the author's source. */
interface Segment {
  virtStart: number;
  origStart: number;
  length: number;
}

interface Mapped {
  text: string;
  segments: Segment[];
  /** Offset of the body in the checked text. */
  bodyStart: number;
  sourceLength: number;
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts"],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  allowJs: false,
  isolatedModules: false,
};

export class VerbChecker {
  private readonly sdkText: string;
  private readonly maxSourceLength: number;
  private current: Mapped = wrapSource("");
  private version = 0;
  private readonly service: ts.LanguageService;

  constructor(opts: VerbCheckerOptions = {}) {
    const sdkPath = opts.sdkPath ?? new URL("../../../sdk/moo.d.ts", import.meta.url).pathname;
    this.sdkText = readFileSync(sdkPath, "utf8");
    this.maxSourceLength = opts.maxSourceLength ?? 200_000;
    const libCache = new Map<string, ts.IScriptSnapshot | undefined>();
    const host: ts.LanguageServiceHost = {
      getScriptFileNames: () => [SDK_FILE, VERB_FILE],
      getScriptVersion: (f) => (f === VERB_FILE ? String(this.version) : "1"),
      getScriptSnapshot: (f) => {
        if (f === VERB_FILE) return ts.ScriptSnapshot.fromString(this.current.text);
        if (f === SDK_FILE) return ts.ScriptSnapshot.fromString(this.sdkText);
        if (!libCache.has(f)) {
          const text = ts.sys.readFile(f);
          libCache.set(f, text === undefined ? undefined : ts.ScriptSnapshot.fromString(text));
        }
        return libCache.get(f);
      },
      getCurrentDirectory: () => "/verb",
      getCompilationSettings: () => COMPILER_OPTIONS,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: (f) => f === VERB_FILE || f === SDK_FILE || ts.sys.fileExists(f),
      readFile: (f) => (f === VERB_FILE ? this.current.text : f === SDK_FILE ? this.sdkText : ts.sys.readFile(f)),
    };
    this.service = ts.createLanguageService(host, ts.createDocumentRegistry());
  }

  /** Loads the library files once (the first check takes about half a second; later ones ~20 ms). */
  warm(): void {
    this.check("return 1;");
  }

  /** Syntax and type errors of a verb, with 1-based line:column in its own text. */
  check(source: string): VerbDiagnostic[] {
    if (source.length > this.maxSourceLength) {
      return [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          from: 0,
          to: 0,
          message: `The verb is too long to check (over ${this.maxSourceLength} characters).`,
          severity: "error",
          code: 0,
        },
      ];
    }
    this.load(source);
    const all = [...this.service.getSyntacticDiagnostics(VERB_FILE), ...this.service.getSemanticDiagnostics(VERB_FILE)];
    const out: VerbDiagnostic[] = [];
    const seen = new Set<string>();
    for (const d of all) {
      const start = this.toSource(d.start ?? 0);
      const end = Math.max(start, this.toSource((d.start ?? 0) + (d.length ?? 0)));
      const a = lineCol(source, start);
      const b = lineCol(source, end);
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      const key = `${start}:${d.code}:${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
        from: start,
        to: end,
        message,
        severity:
          d.category === ts.DiagnosticCategory.Error
            ? "error"
            : d.category === ts.DiagnosticCategory.Warning
              ? "warning"
              : "info",
        code: d.code,
      });
    }
    return out.sort((x, y) => x.from - y.from);
  }

  /** Completions at `offset` in `source` (SDK names, members, locals), best first, at most `limit`. */
  complete(source: string, offset: number, limit = 200): { from: number; items: VerbCompletion[] } {
    if (source.length > this.maxSourceLength) return { from: offset, items: [] };
    this.load(source);
    const pos = this.toVirtual(Math.max(0, Math.min(offset, source.length)));
    const info = this.service.getCompletionsAtPosition(VERB_FILE, pos, {
      includeCompletionsForModuleExports: false,
      includeCompletionsWithInsertText: true,
    });
    let from = offset;
    while (from > 0 && /[\w$]/.test(source.charAt(from - 1))) from--;
    if (!info) return { from, items: [] };
    const items = info.entries
      .filter((e) => !e.name.startsWith("__"))
      .sort((a, b) => a.sortText.localeCompare(b.sortText) || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map((e) => ({
        label: e.name,
        kind: e.kind,
        ...(e.insertText && e.insertText !== e.name ? { insertText: e.insertText } : {}),
      }));
    return { from, items };
  }

  private load(source: string): void {
    this.current = wrapSource(source);
    this.version++;
  }

  /** Checked-text offset → source offset. */
  private toSource(virt: number): number {
    const m = this.current;
    for (const s of m.segments) {
      if (virt >= s.virtStart && virt <= s.virtStart + s.length) return s.origStart + (virt - s.virtStart);
    }
    return virt < m.bodyStart ? 0 : m.sourceLength;
  }

  /** Source offset → checked-text offset. */
  private toVirtual(orig: number): number {
    const m = this.current;
    // Import segments first (they were moved); the body segment covers everything else.
    for (const s of m.segments.slice(0, -1)) {
      if (orig >= s.origStart && orig <= s.origStart + s.length) return s.virtStart + (orig - s.origStart);
    }
    return m.bodyStart + orig;
  }
}

/** Wraps the verb in a function, moving its imports in front (see the module comment). */
function wrapSource(source: string): Mapped {
  const sf = ts.createSourceFile("v.ts", source, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const imports: { start: number; end: number }[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st)) imports.push({ start: st.getStart(sf), end: st.end });
  }
  const segments: Segment[] = [];
  let prefix = "";
  let body = source;
  for (const imp of imports) {
    const text = source.slice(imp.start, imp.end);
    segments.push({ virtStart: prefix.length, origStart: imp.start, length: text.length });
    prefix += `${text.replace(/[\r\n]/g, " ")} `;
    body = body.slice(0, imp.start) + text.replace(/[^\r\n]/g, " ") + body.slice(imp.end);
  }
  prefix += WRAP_OPEN;
  segments.push({ virtStart: prefix.length, origStart: 0, length: source.length });
  return { text: prefix + body + WRAP_CLOSE, segments, bodyStart: prefix.length, sourceLength: source.length };
}

/** 1-based line and column of an offset. */
function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}
