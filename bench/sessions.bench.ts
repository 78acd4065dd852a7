/**
 * Front-end session bench: idle memory per connected telnet session, and the most concurrent
 * sessions held. The server (telnet listener + session layer + a fake game with no connect
 * announcements) runs in a child process so its memory is measured alone; the clients are plain
 * TCP sockets in this process that log in with `connect <name> <password>` and then stay idle.
 *
 *   node --no-node-snapshot --import tsx bench/sessions.bench.ts [measureSessions=1000] [cap=5000]
 */
import { type ChildProcess, fork } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";

interface Memory {
  rss: number;
  heapUsed: number;
  external: number;
}

type ChildMessage = { type: "port"; port: number } | { type: "memory"; memory: Memory; connections: number };

/** Child: the server under test. Answers "memory" requests after a full GC. */
async function runServer(): Promise<void> {
  const { startTelnetServer } = await import("../src/frontends/index.js");
  const { FakeGateway } = await import("../src/frontends/testing/fake-gateway.js");
  const server = await startTelnetServer({ gateway: new FakeGateway(false), host: "127.0.0.1", port: 0 });
  const send = (message: ChildMessage): void => {
    process.send?.(message);
  };
  process.on("message", (message: { type: string }) => {
    if (message.type === "memory") {
      for (let i = 0; i < 3; i++) globalThis.gc?.();
      const m = process.memoryUsage();
      send({
        type: "memory",
        memory: { rss: m.rss, heapUsed: m.heapUsed, external: m.external },
        connections: server.connections(),
      });
    } else if (message.type === "stop") {
      void server.close().then(() => process.exit(0));
    }
  });
  send({ type: "port", port: server.port });
}

function nextMessage<T extends ChildMessage["type"]>(
  child: ChildProcess,
  type: T,
): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve) => {
    const listener = (message: ChildMessage): void => {
      if (message.type !== type) return;
      child.off("message", listener);
      resolve(message as Extract<ChildMessage, { type: T }>);
    };
    child.on("message", listener);
  });
}

async function memoryOf(child: ChildProcess): Promise<{ memory: Memory; connections: number }> {
  const reply = nextMessage(child, "memory");
  child.send({ type: "memory" });
  return reply;
}

/** Opens one session and resolves once it is logged in (idle from then on). */
function openSession(port: number, timeoutMs = 15_000): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let seen = "";
    let sentLogin = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error("login timed out"));
    }, timeoutMs);
    socket.on("data", (chunk) => {
      seen += chunk.toString("latin1");
      if (!sentLogin && seen.includes("Login: ")) {
        sentLogin = true;
        socket.write("connect alice alicepw\r\n");
      }
      if (seen.includes("You have no new mail.")) {
        clearTimeout(timer);
        socket.removeAllListeners("data");
        socket.on("data", () => undefined);
        resolve(socket);
      }
    });
    socket.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

async function openBatch(port: number, count: number, parallel = 100): Promise<net.Socket[]> {
  const sockets: net.Socket[] = [];
  for (let done = 0; done < count; done += parallel) {
    const batch = await Promise.all(Array.from({ length: Math.min(parallel, count - done) }, () => openSession(port)));
    sockets.push(...batch);
  }
  return sockets;
}

/** Round trip of one command on an open session, in ms. */
async function roundTrip(port: number): Promise<number> {
  const socket = await openSession(port);
  const started = performance.now();
  await new Promise<void>((resolve) => {
    socket.on("data", (chunk) => {
      if (chunk.toString("latin1").includes("pong")) resolve();
    });
    socket.write("echo pong\r\n");
  });
  const ms = performance.now() - started;
  socket.destroy();
  return ms;
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

async function runBench(measured: number, cap: number): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), ["--server"], {
    execArgv: ["--no-node-snapshot", "--expose-gc", "--import", "tsx"],
  });
  const { port } = await nextMessage(child, "port");
  // Warm up code paths so the baseline includes compiled code, not just an empty heap.
  for (const s of await openBatch(port, 20)) s.destroy();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const base = await memoryOf(child);

  const sockets = await openBatch(port, measured);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const after = await memoryOf(child);
  const perRss = (after.memory.rss - base.memory.rss) / measured;
  const perHeap = (after.memory.heapUsed - base.memory.heapUsed) / measured;
  const perExternal = (after.memory.external - base.memory.external) / measured;
  const idleRtt = await roundTrip(port);

  let held = sockets.length;
  let failure = "";
  while (held < cap) {
    try {
      sockets.push(...(await openBatch(port, Math.min(250, cap - held))));
      held = sockets.length;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      break;
    }
  }
  const atCap = await memoryOf(child);
  const loadedRtt = await roundTrip(port);

  const result = {
    bench: "frontend-sessions",
    sessionsMeasured: measured,
    baselineRss: base.memory.rss,
    perSessionRssBytes: Math.round(perRss),
    perSessionHeapBytes: Math.round(perHeap),
    perSessionExternalBytes: Math.round(perExternal),
    mostSessionsHeld: atCap.connections,
    cap,
    stoppedBy: failure || "cap reached",
    rssAtMost: atCap.memory.rss,
    commandRoundTripMsIdle: Number(idleRtt.toFixed(2)),
    commandRoundTripMsAtMost: Number(loadedRtt.toFixed(2)),
  };
  console.log(`sessions bench (telnet, fake game, server in its own process)`);
  console.log(`  baseline RSS                 ${mib(base.memory.rss)}`);
  console.log(
    `  per idle session (n=${measured})   RSS ${kib(perRss)}, JS heap ${kib(perHeap)}, external ${kib(perExternal)}`,
  );
  console.log(
    `  most sessions held           ${atCap.connections} (${result.stoppedBy}), RSS ${mib(atCap.memory.rss)}`,
  );
  console.log(
    `  command round trip           ${idleRtt.toFixed(2)} ms idle, ${loadedRtt.toFixed(2)} ms with all sessions open`,
  );
  console.log(JSON.stringify(result));
  for (const s of sockets) s.destroy();
  child.send({ type: "stop" });
  await new Promise((resolve) => child.once("exit", resolve));
}

if (process.argv.includes("--server")) {
  await runServer();
} else {
  await runBench(Number(process.argv[2] ?? 1000), Number(process.argv[3] ?? 5000));
}
