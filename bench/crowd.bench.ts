/**
 * A crowded room, in process (no network): N players (default 100) each with a thing dropped in
 * The Laboratory, then the time of `say hi` and `look` typed by one of them — the shared-room
 * cost that nested verb calls dominate (each listener's `tell`, each object's `title`).
 * Run: node --no-node-snapshot --import tsx bench/crowd.bench.ts [N]   (part of `npm run bench -- micro`)
 * To compare two commits, run it from a tree of each (`git archive REV | tar -x -C DIR`) in turn.
 */
import { startHarness } from "../test/helpers/world-harness.js";

const n = Number(process.argv[2] ?? 100);
const h = await startHarness();
const players = [];
for (let i = 0; i < n; i++) {
  const p = await h.newPlayer(`Bot${i}`, { builder: true });
  await p.type(`@create gizmo-${i}`);
  await p.type(`drop gizmo-${i}`);
  players.push(p);
}
const [first] = players;
if (!first) throw new Error("no players");

async function msPer(command: string, times: number): Promise<string> {
  for (let i = 0; i < 10; i++) await first?.type(command);
  const t0 = performance.now();
  for (let i = 0; i < times; i++) await first?.type(command);
  return ((performance.now() - t0) / times).toFixed(2);
}

for (let round = 1; round <= 2; round++) {
  const say = await msPer("say hi", 100);
  const look = await msPer("look", 50);
  console.log(`crowd of ${n} players and ${n} things, round ${round}: say hi ${say} ms, look ${look} ms`);
}
await h.close();
process.exit(0);
