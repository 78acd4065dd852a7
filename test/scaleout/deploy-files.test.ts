/**
 * Docker cannot run here, so CI checks what it can of the deployment files: they parse, they
 * declare the services the README promises, and every `moo` command they run exists in the CLI.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { parse } from "yaml";

const CHART = "deploy/helm/tsmoo";

/** The `moo` sub-commands listed by `moo --help`. */
function cliCommands(): Set<string> {
  const r = spawnSync(process.execPath, ["--no-node-snapshot", "--import", "tsx", "src/cli/main.ts", "--help"], {
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
  const names = [...r.stdout.matchAll(/^\s{2}([a-z][a-z-]*)\b/gm)].map((m) => m[1] as string);
  return new Set(names);
}

test("compose.yml: postgres, redis, two workers, shell, web, with health checks; commands exist", () => {
  // Compose files use YAML merge keys (`<<: *tsmoo`), which YAML 1.2 parsers apply only on request.
  const compose = parse(readFileSync("compose.yml", "utf8"), { merge: true }) as {
    services: Record<string, { command?: string[]; healthcheck?: unknown; deploy?: { replicas?: number } }>;
  };
  const s = compose.services;
  for (const name of ["postgres", "redis", "worker", "shell", "web"]) assert.ok(s[name], `service ${name}`);
  assert.equal(s.worker?.deploy?.replicas, 2);
  for (const name of Object.keys(s)) assert.ok(s[name]?.healthcheck, `${name} has a health check`);
  const commands = cliCommands();
  for (const name of ["worker", "shell", "web"]) {
    const cmd = s[name]?.command?.[0] as string;
    assert.ok(commands.has(cmd), `moo ${cmd} exists (compose service ${name})`);
  }
});

test("Dockerfile: node 20 on bookworm, native build tools, runs bin/moo.js", () => {
  const text = readFileSync("Dockerfile", "utf8");
  assert.match(text, /^FROM node:20-bookworm/m);
  assert.match(text, /npm ci/);
  assert.match(text, /g\+\+/);
  assert.match(text, /ENTRYPOINT \["node", "bin\/moo.js"\]/);
});

test("Helm chart: Chart.yaml and values parse; templates run existing moo commands", () => {
  const chart = parse(readFileSync(path.join(CHART, "Chart.yaml"), "utf8")) as { apiVersion: string; name: string };
  assert.equal(chart.apiVersion, "v2");
  assert.equal(chart.name, "tsmoo");
  const values = parse(readFileSync(path.join(CHART, "values.yaml"), "utf8")) as { worker: { replicas: number } };
  assert.ok(values.worker.replicas >= 1);
  const commands = cliCommands();
  const used = new Set<string>();
  for (const f of readdirSync(path.join(CHART, "templates"))) {
    const text = readFileSync(path.join(CHART, "templates", f), "utf8");
    for (const m of text.matchAll(/args: \["([a-z-]+)"\]/g)) used.add(m[1] as string);
    // Balanced template delimiters.
    assert.equal((text.match(/\{\{/g) ?? []).length, (text.match(/\}\}/g) ?? []).length, f);
  }
  assert.deepEqual([...used].sort(), ["init", "shell", "web", "worker"]);
  for (const c of used) assert.ok(commands.has(c), `moo ${c} exists`);
});
