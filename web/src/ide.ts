/**
 * The verb IDE: CodeMirror 6 with TypeScript highlighting, diagnostics from the server's
 * TypeScript language service (against the SDK declarations; re-checked as you type), the
 * save-time compile check, SDK-aware completions, and the verb's names and argument specs beside
 * the code. Ctrl-S / Cmd-S saves.
 */
import { type CompletionContext, type CompletionResult, completionKeymap } from "@codemirror/autocomplete";
import { javascript, typescriptLanguage } from "@codemirror/lang-javascript";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic, forceLinting, linter, lintGutter } from "@codemirror/lint";
import { EditorSelection } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { tags as t } from "@lezer/highlight";
import { basicSetup, EditorView } from "codemirror";
import { ApiError, api, errorText, flash, h, type ObjLink, objLink } from "./api.js";

interface PrepSpec {
  prep: string;
  spec: "this" | "any" | "none";
}

interface VerbData {
  id: number;
  names: string[];
  on: ObjLink;
  owner: ObjLink;
  dspec: string;
  ispecs: PrepSpec[];
  readable: boolean;
  writable: boolean;
  source: string;
}

interface ServerDiagnostic {
  line: number;
  column: number;
  from: number;
  to: number;
  message: string;
  severity: "error" | "warning" | "info";
  code: number;
}

interface CheckResult {
  diagnostics: ServerDiagnostic[];
  compile: { message: string; line: number; column: number } | null;
  ms: number;
}

const theme = EditorView.theme(
  {
    "&": { backgroundColor: "#15181d", color: "#d8dee9", height: "100%" },
    ".cm-content": { caretColor: "#e5c07b", fontFamily: "ui-monospace, monospace" },
    ".cm-gutters": { backgroundColor: "#1b1e24", color: "#6b7280", border: "none" },
    ".cm-activeLine": { backgroundColor: "#ffffff08" },
    ".cm-activeLineGutter": { backgroundColor: "#ffffff10" },
    "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": { backgroundColor: "#3b4252" },
    ".cm-tooltip": { backgroundColor: "#23272f", border: "1px solid #363b45" },
    ".cm-scroller": { overflow: "auto" },
  },
  { dark: true },
);

/** Colours readable on the dark background (basicSetup's default style is for light themes). */
const darkHighlight = HighlightStyle.define([
  { tag: t.keyword, color: "#c678dd" },
  { tag: [t.name, t.deleted, t.character, t.macroName], color: "#d8dee9" },
  { tag: [t.propertyName], color: "#61afef" },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.labelName], color: "#61afef" },
  { tag: [t.color, t.constant(t.name), t.standard(t.name)], color: "#d19a66" },
  { tag: [t.definition(t.name), t.separator], color: "#e5c07b" },
  { tag: [t.typeName, t.className, t.namespace], color: "#e5c07b" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "#d19a66" },
  { tag: [t.operator, t.operatorKeyword, t.url, t.escape, t.regexp, t.link, t.special(t.string)], color: "#56b6c2" },
  { tag: [t.meta, t.comment], color: "#7f848e", fontStyle: "italic" },
  { tag: [t.string, t.inserted], color: "#98c379" },
  { tag: t.invalid, color: "#e06c75" },
]);

export async function renderVerbIde(view: HTMLElement, objId: number, verbId: number): Promise<void> {
  const verb = await api<VerbData>("GET", `/api/admin/objects/${objId}/verbs/${verbId}`);
  view.replaceChildren();
  let saved = verb.source;

  const diagList = h("ol", { class: "diagnostics", "data-testid": "diagnostics" });
  const diagSummary = h("div", { class: "diag-summary", "data-testid": "diag-summary" }, "Checking…");
  const saveStatus = h("div", { class: "save-status", "data-testid": "save-status", role: "status" });
  const dirty = h("span", { class: "dirty" });

  const namesInput = h("input", { name: "names", value: verb.names.join(" "), disabled: !verb.writable });
  const dspecSelect = specSelect(["this", "any", "none", "either"], verb.dspec, !verb.writable);
  dspecSelect.name = "dspec";
  const ispecRows = h("div", { class: "ispecs" });
  const addIspec = (p: PrepSpec) => {
    const prep = h("input", { class: "prep", value: p.prep, placeholder: "preposition", size: 10 });
    const spec = specSelect(["this", "any", "none"], p.spec, !verb.writable);
    const row = h(
      "div",
      { class: "ispec" },
      prep,
      spec,
      h("button", { type: "button", class: "secondary", title: "Remove", onclick: () => row.remove() }, "×"),
    );
    ispecRows.append(row);
  };
  verb.ispecs.forEach(addIspec);

  const checkSource = async (source: string): Promise<Diagnostic[]> => {
    let r: CheckResult;
    try {
      r = await api<CheckResult>("POST", "/api/verbs/check", { source });
    } catch (e) {
      diagSummary.textContent = `Could not check: ${errorText(e)}`;
      return [];
    }
    const docLength = source.length;
    const out: Diagnostic[] = r.diagnostics.map((d) => ({
      from: Math.min(d.from, docLength),
      to: Math.min(Math.max(d.to, d.from), docLength),
      severity: d.severity,
      message: `${d.message} (TS${d.code})`,
      source: "TypeScript",
    }));
    const items = r.diagnostics.map((d) => ({
      line: d.line,
      column: d.column,
      text: `${d.message} (TS${d.code})`,
      from: d.from,
      kind: d.severity,
    }));
    if (r.compile) {
      const pos = offsetOf(source, r.compile.line, r.compile.column);
      out.push({ from: pos, to: pos, severity: "error", message: r.compile.message, source: "compile" });
      items.unshift({
        line: r.compile.line,
        column: r.compile.column,
        text: r.compile.message,
        from: pos,
        kind: "error",
      });
    }
    diagList.replaceChildren(
      ...items.map((d) =>
        h(
          "li",
          { class: d.kind, "data-line": d.line },
          h(
            "button",
            {
              type: "button",
              class: "link",
              onclick: () => {
                editor.dispatch({ selection: EditorSelection.cursor(d.from), scrollIntoView: true });
                editor.focus();
              },
            },
            `${d.line}:${d.column}`,
          ),
          " ",
          d.text,
        ),
      ),
    );
    const errors = items.filter((d) => d.kind === "error").length;
    diagSummary.textContent =
      items.length === 0
        ? `No problems (checked in ${r.ms} ms).`
        : `${errors} error${errors === 1 ? "" : "s"}, ${items.length - errors} other (checked in ${r.ms} ms)${
            r.compile ? "" : "; type errors do not block saving"
          }.`;
    diagSummary.dataset.state = items.length === 0 ? "clean" : "problems";
    return out;
  };

  const completions = async (ctx: CompletionContext): Promise<CompletionResult | null> => {
    const word = ctx.matchBefore(/[\w$]*/);
    const after = ctx.state.sliceDoc(Math.max(0, ctx.pos - 1), ctx.pos);
    if (!ctx.explicit && (!word || word.from === word.to) && after !== ".") return null;
    try {
      const r = await api<{ from: number; items: { label: string; kind: string; insertText?: string }[] }>(
        "POST",
        "/api/verbs/complete",
        { source: ctx.state.doc.toString(), offset: ctx.pos },
      );
      if (ctx.aborted) return null;
      return {
        from: r.from,
        options: r.items.map((i) => ({ label: i.label, type: cmKind(i.kind), apply: i.insertText ?? i.label })),
        validFor: /^[\w$]*$/,
      };
    } catch {
      return null;
    }
  };

  const save = async (): Promise<boolean> => {
    if (!verb.writable) {
      flash(view, "You may not change this verb.", "error");
      return true;
    }
    const source = editor.state.doc.toString();
    const ispecs = [...ispecRows.querySelectorAll<HTMLElement>(".ispec")].map((row) => ({
      prep: (row.querySelector(".prep") as HTMLInputElement).value.trim(),
      spec: (row.querySelector("select") as HTMLSelectElement).value,
    }));
    saveStatus.textContent = "Saving…";
    saveStatus.dataset.kind = "info";
    try {
      await api("PUT", `/api/admin/objects/${objId}/verbs/${verbId}`, {
        source,
        names: namesInput.value.trim().split(/\s+/).filter(Boolean),
        dspec: dspecSelect.value,
        ispecs,
      });
      // The server may rewrite a `// @verb` header to match the specs: reload what it stored.
      const fresh = await api<VerbData>("GET", `/api/admin/objects/${objId}/verbs/${verbId}`);
      if (fresh.source !== source) {
        editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: fresh.source } });
      }
      saved = fresh.source;
      updateDirty();
      saveStatus.textContent = `Saved at ${new Date().toLocaleTimeString()}.`;
      saveStatus.dataset.kind = "ok";
    } catch (e) {
      const msg = errorText(e);
      saveStatus.textContent = `Not saved: ${msg}`;
      saveStatus.dataset.kind = "error";
      if (e instanceof ApiError && typeof e.data.line === "number") {
        const pos = offsetOf(source, e.data.line, Number(e.data.column ?? 1));
        editor.dispatch({ selection: EditorSelection.cursor(pos), scrollIntoView: true });
      }
      flash(view, msg, "error");
    }
    return true;
  };

  const updateDirty = () => {
    dirty.textContent = editor.state.doc.toString() === saved ? "" : "● unsaved changes";
  };

  const editorHost = h("div", { class: "editor", "data-testid": "editor" });
  const editor = new EditorView({
    parent: editorHost,
    doc: verb.source,
    extensions: [
      basicSetup,
      javascript({ typescript: true }),
      typescriptLanguage.data.of({ autocomplete: completions }),
      keymap.of([
        {
          key: "Mod-s",
          preventDefault: true,
          run: () => {
            void save();
            return true;
          },
        },
        ...completionKeymap,
      ]),
      linter((v) => checkSource(v.state.doc.toString()), { delay: 350 }),
      lintGutter(),
      theme,
      syntaxHighlighting(darkHighlight),
      EditorView.editable.of(verb.writable),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) updateDirty();
      }),
    ],
  });
  (window as unknown as { mooEditor: EditorView }).mooEditor = editor;

  view.append(
    h(
      "div",
      { class: "ide" },
      h(
        "div",
        { class: "ide-head" },
        h("h1", {}, "Verb ", h("code", {}, verb.names.join(" ")), " on ", objLink(verb.on)),
        h("span", { class: "muted" }, "owner ", objLink(verb.owner)),
        dirty,
      ),
      h(
        "div",
        { class: "ide-body" },
        editorHost,
        h(
          "aside",
          { class: "ide-side" },
          h(
            "section",
            {},
            h("h2", {}, "Names and arguments"),
            h("label", {}, "Names ", namesInput),
            h("label", {}, "Direct object ", dspecSelect),
            h("div", { class: "label" }, "Prepositions"),
            ispecRows,
            verb.writable
              ? h(
                  "button",
                  { type: "button", class: "secondary", onclick: () => addIspec({ prep: "any", spec: "any" }) },
                  "+ Add preposition",
                )
              : null,
          ),
          h(
            "section",
            {},
            h(
              "button",
              { type: "button", "data-testid": "save", disabled: !verb.writable, onclick: () => void save() },
              "Save",
            ),
            verb.writable
              ? h("span", { class: "muted" }, " Ctrl-S")
              : h("p", { class: "error" }, "Read-only: you may not change this verb."),
            saveStatus,
          ),
          h("section", {}, h("h2", {}, "Problems"), diagSummary, diagList),
        ),
      ),
    ),
  );
  forceLinting(editor);
  editor.focus();
}

function specSelect(values: string[], current: string, disabled: boolean): HTMLSelectElement {
  const sel = h("select", { disabled }, ...values.map((v) => h("option", { value: v }, v)));
  sel.value = current;
  return sel;
}

function offsetOf(source: string, line: number, column: number): number {
  let pos = 0;
  for (let l = 1; l < line; l++) {
    const nl = source.indexOf("\n", pos);
    if (nl < 0) return source.length;
    pos = nl + 1;
  }
  return Math.min(source.length, pos + Math.max(0, column - 1));
}

function cmKind(kind: string): string {
  switch (kind) {
    case "function":
    case "local function":
      return "function";
    case "method":
      return "method";
    case "property":
    case "getter":
      return "property";
    case "class":
      return "class";
    case "interface":
      return "interface";
    case "type":
      return "type";
    case "keyword":
      return "keyword";
    case "const":
    case "let":
    case "var":
    case "local var":
    case "parameter":
      return "variable";
    default:
      return "text";
  }
}
