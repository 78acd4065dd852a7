/**
 * Tracebacks: V8 stack frames of the isolate name the script file of each verb (`moo:v12`,
 * `moo:eval`); this maps them to `#12:look line 4` lines at the author's own line numbers
 * (compiled verbs keep their source lines).
 */

const FRAME = /(moo:[A-Za-z0-9_.-]+):(\d+):\d+\)?\s*$/;

/** Verb frames of a stack text, innermost first, using `labels` (file → `#12:look`). */
export function verbFrames(stack: string, labels: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const line of stack.split("\n")) {
    const m = FRAME.exec(line);
    if (!m) continue;
    const label = labels.get(m[1] ?? "");
    if (!label) continue;
    const entry = `${label} line ${m[2]}`;
    if (out[out.length - 1] !== entry) out.push(entry);
  }
  return out;
}
