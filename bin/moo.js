#!/usr/bin/env node
// Launcher for the `moo` command: runs the TypeScript CLI with the flags it needs
// (`--no-node-snapshot` for isolated-vm, the tsx loader for TypeScript) in a child process,
// forwarding signals and the exit code.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url));
const tsx = import.meta.resolve("tsx");
const child = spawn(process.execPath, ["--no-node-snapshot", "--import", tsx, main, ...process.argv.slice(2)], {
  stdio: "inherit",
});
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
