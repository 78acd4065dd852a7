/**
 * A small command-line parser for the load benchmarks: `--name value`, `--name=value`, bare
 * `--flag` (true), `--no-flag` (false). Unit-tested in test/bench/args.test.ts.
 */

export class Args {
  private readonly values = new Map<string, string | boolean>();
  readonly positional: string[] = [];
  private readonly used = new Set<string>();

  constructor(argv: readonly string[]) {
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      if (!a.startsWith("--")) {
        this.positional.push(a);
        continue;
      }
      const eq = a.indexOf("=");
      if (eq > 0) {
        this.values.set(a.slice(2, eq), a.slice(eq + 1));
        continue;
      }
      const name = a.slice(2);
      const next = argv[i + 1];
      if (name.startsWith("no-")) this.values.set(name.slice(3), false);
      else if (next !== undefined && !next.startsWith("--")) {
        this.values.set(name, next);
        i++;
      } else this.values.set(name, true);
    }
  }

  string(name: string, fallback: string): string;
  string(name: string): string | undefined;
  string(name: string, fallback?: string): string | undefined {
    this.used.add(name);
    const v = this.values.get(name);
    if (v === undefined || typeof v === "boolean") return fallback;
    return v;
  }

  number(name: string, fallback: number): number {
    this.used.add(name);
    const v = this.values.get(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (typeof v === "boolean" || !Number.isFinite(n)) throw new Error(`--${name} needs a number, not '${v}'`);
    return n;
  }

  flag(name: string, fallback = false): boolean {
    this.used.add(name);
    const v = this.values.get(name);
    if (v === undefined) return fallback;
    if (typeof v === "boolean") return v;
    return v !== "false" && v !== "0" && v !== "no";
  }

  /** A comma-separated list: `--k 1,10,100`. */
  list(name: string, fallback: string[]): string[] {
    const v = this.string(name);
    if (v === undefined) return fallback;
    return v
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  }

  numbers(name: string, fallback: number[]): number[] {
    return this.list(name, fallback.map(String)).map((s) => {
      const n = Number(s);
      if (!Number.isFinite(n)) throw new Error(`--${name} needs numbers, not '${s}'`);
      return n;
    });
  }

  /** Options given but never asked for (typos). */
  unknown(): string[] {
    return [...this.values.keys()].filter((k) => !this.used.has(k));
  }
}

/** Parses a duration: `90`, `90s`, `500ms`, `5m`, `1h` → milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new Error(`not a duration: '${text}' (use e.g. 500ms, 20s, 5m, 1h)`);
  const n = Number(m[1]);
  const unit = m[2] ?? "s";
  return Math.round(n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit]!);
}
