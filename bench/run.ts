/**
 * One entry point for every benchmark (`npm run bench -- <name> [options]`). Benchmarks are not
 * tests: run them on purpose. Each prints a table and writes JSON under bench/results/.
 *
 *   npm run bench -- throughput   look / say hi, K = 1, 10, 100, telnet + SSH, shared + separate rooms   (~4 min)
 *   npm run bench -- compare      the same against LambdaMOO 1.8 + LambdaCore, side by side (telnet)    (~5 min)
 *   npm run bench -- bots         50 bots for 60 s: say, drop, take, move, look, every reply checked    (~1.5 min)
 *   npm run bench -- soak         200 bots for 1 h at people-like pacing (--duration to shorten)
 *   npm run bench -- fault        100 SIGKILLs during load, then the per-bot ledger check               (~15 min)
 *   npm run bench -- sessions     idle memory per session, most sessions held (bench/sessions.bench.ts) (~1 min)
 *   npm run bench -- micro        world, parser and sandbox micro-benchmarks (bench/*.bench.ts)        (~1 min)
 *   npm run bench -- all          micro, sessions, throughput, bots, fault, one after the other
 *
 * Options after the name go to that benchmark (e.g. `npm run bench -- throughput --k 1,10 --duration 3s`).
 * `--snapshot` runs the server from a committed tree (HEAD) instead of the working tree.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { botsBench } from "./load/bots.js";
import { faultBench } from "./load/fault.js";
import { writeResults } from "./load/results.js";
import { throughputBench } from "./load/throughput.js";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));

/** Runs a standalone bench script in its own process; returns its stdout (also echoed). */
function runScript(file: string, args: string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--no-node-snapshot", "--import", "tsx", path.join(ROOT, file), ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      process.stdout.write(d);
    });
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${file} exited with ${code}`))));
  });
}

async function micro(): Promise<void> {
  const outputs: Record<string, string[]> = {};
  for (const file of [
    "bench/world.bench.ts",
    "bench/parser.bench.ts",
    "bench/runtime.bench.ts",
    "bench/crowd.bench.ts",
  ]) {
    console.log(`\n== ${file}`);
    outputs[file] = (await runScript(file)).trimEnd().split("\n");
  }
  console.log(`\nJSON: ${writeResults("micro", { outputs })}`);
}

async function sessions(args: string[]): Promise<void> {
  const out = await runScript("bench/sessions.bench.ts", args);
  const json = out
    .split("\n")
    .reverse()
    .find((l) => l.startsWith("{"));
  console.log(`JSON: ${writeResults("sessions", { result: json ? JSON.parse(json) : null, output: out.split("\n") })}`);
}

const [name = "help", ...rest] = process.argv.slice(2);
switch (name) {
  case "throughput":
    await throughputBench(rest);
    break;
  case "compare":
    await throughputBench(["--targets", "tsmoo,lambdamoo", "--protocols", "telnet", ...rest]);
    break;
  case "bots":
    await botsBench(rest);
    break;
  case "soak":
    await botsBench(["--bots", "200", "--duration", "1h", "--think", "1s", "--interval", "60s", "--soak", ...rest]);
    break;
  case "fault":
    await faultBench(rest);
    break;
  case "sessions":
    await sessions(rest);
    break;
  case "micro":
    await micro();
    break;
  case "all":
    await micro();
    await sessions([]);
    await throughputBench(rest);
    await botsBench([...rest]);
    await faultBench(rest);
    break;
  default: {
    const { readFileSync } = await import("node:fs");
    const doc = /\/\*\*([\s\S]*?)\*\//.exec(readFileSync(fileURLToPath(import.meta.url), "utf8"))?.[1] ?? "";
    console.log(doc.replace(/^ \* ?/gm, "").trim());
    if (name !== "help") process.exitCode = 2;
  }
}
process.exit(process.exitCode ?? 0);
