/**
 * Parser bench: commands parsed, resolved and dispatched per second against a world of 10,000 objects,
 * beside a baseline measured in the same run (split the line on spaces + two Map lookups per command).
 *
 *   node --import tsx bench/parser.bench.ts [commands]
 */
import { type ObjId, SYSTEM_OBJECT } from "../src/core/ids.js";
import { InMemoryMatchEnv } from "../src/parser/in-memory-match-env.js";
import { dispatch, parseLine } from "../src/parser/index.js";

const TOTAL_OBJECTS = 10_000;
const ROOMS = 100;
const PLAYERS_PER_ROOM = 5;
const INVENTORY = ["ball", "brass key", "gold coin", "oil lamp", "note", "apple", "rope", "map", "compass", "knife"];
const COLORS = ["red", "blue", "green", "yellow", "black", "white", "purple", "orange"];
const NOUNS = ["ball", "box", "chair", "table", "book", "cup", "vase", "rug", "painting", "statue"];

/** Builds the world; returns it with the players to type commands as. */
function buildWorld(): { env: InMemoryMatchEnv; players: ObjId[] } {
  const env = new InMemoryMatchEnv();
  const system = env.add({ name: "System Object" });
  if (system !== SYSTEM_OBJECT) throw new Error("system object must be #0");
  const root = env.add({ name: "root class" });
  const roomClass = env.add({ name: "generic room", parents: [root] });
  const thingClass = env.add({ name: "generic thing", parents: [root] });
  const containerClass = env.add({ name: "generic container", parents: [thingClass] });
  const playerClass = env.add({ name: "generic player", parents: [root] });
  const builderClass = env.add({ name: "generic builder", parents: [playerClass] });
  env.addVerb(roomClass, "l*ook", { dspec: "either", ispecs: { at: "any" } });
  env.addVerb(roomClass, "l*ook", { dspec: "either", ispecs: { in: "any" } });
  env.addVerb(roomClass, "say", { dspec: "any" });
  env.addVerb(roomClass, "emote", { dspec: "any" });
  env.addVerb(roomClass, "huh", { dspec: "either" });
  for (const dir of ["n*orth", "s*outh", "e*ast", "w*est"]) env.addVerb(roomClass, dir);
  env.addVerb(root, "ex*amine", { dspec: "this" });
  env.addVerb(thingClass, "take get", { dspec: "this", ispecs: { from: "any" } });
  env.addVerb(thingClass, "drop throw", { dspec: "this" });
  env.addVerb(containerClass, "put insert", { dspec: "any", ispecs: { in: "this" } });
  env.addVerb(containerClass, "get take remove", { dspec: "any", ispecs: { from: "this" } });
  env.addVerb(playerClass, "i*nventory");
  env.addVerb(playerClass, "give hand", { dspec: "any", ispecs: { at: "this" } });
  env.addVerb(builderClass, "@create", { dspec: "any" });

  const players: ObjId[] = [];
  const rooms: ObjId[] = [];
  for (let r = 0; r < ROOMS; r++) {
    const room = env.add({ name: `Room ${r}`, parents: [roomClass] });
    rooms.push(room);
    env.add({ name: "box", parents: [containerClass], location: room });
    for (let p = 0; p < PLAYERS_PER_ROOM; p++) {
      const player = env.add({
        name: `Player${r}_${p}`,
        parents: [p === 0 ? builderClass : playerClass],
        location: room,
      });
      players.push(player);
      for (const item of INVENTORY) env.add({ name: item, parents: [thingClass], location: player });
    }
  }
  // Fill the rooms with coloured things until the world holds TOTAL_OBJECTS objects.
  for (let i = 0; env.size < TOTAL_OBJECTS; i++) {
    const room = rooms[i % ROOMS]!;
    const k = Math.floor(i / ROOMS);
    const name = `${COLORS[k % COLORS.length]} ${NOUNS[Math.floor(k / COLORS.length) % NOUNS.length]}`;
    env.add({ name, parents: [thingClass], location: room });
  }
  return { env, players };
}

const COMMANDS = [
  "look",
  "take red ball",
  "put ball in box",
  "say hi",
  "l at blue box",
  "get green chair then drop it",
  "give apple to Player3_1",
  "examine the yellow table",
  "take lunch",
  "xyzzy",
];

/** Parses, resolves and dispatches `n` lines; returns how many commands they held (a line may hold two). */
function runParser(env: InMemoryMatchEnv, players: readonly ObjId[], n: number): number {
  let commands = 0;
  for (let i = 0; i < n; i++) {
    const player = players[i % players.length]!;
    for (const command of parseLine(COMMANDS[i % COMMANDS.length]!, env, player)) {
      dispatch(command, env, player);
      commands++;
    }
  }
  return commands;
}

/** The baseline: split on spaces, look the verb and the rest up in Maps. */
function runBaseline(verbs: Map<string, number>, names: Map<string, number>, n: number): number {
  let hits = 0;
  for (let i = 0; i < n; i++) {
    const words = COMMANDS[i % COMMANDS.length]!.split(" ");
    if (verbs.get(words[0]!) !== undefined) hits++;
    if (names.get(words.slice(1).join(" ")) !== undefined) hits++;
  }
  return hits;
}

function rate(n: number, fn: () => number): { perSecond: number; sink: number } {
  const started = process.hrtime.bigint();
  const sink = fn();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { perSecond: n / seconds, sink };
}

function main(): void {
  const n = Number(process.argv[2] ?? 200_000);
  const built = process.hrtime.bigint();
  const { env, players } = buildWorld();
  const buildMs = Number(process.hrtime.bigint() - built) / 1e6;
  const verbs = new Map(["look", "take", "put", "say", "l", "get", "give", "examine"].map((v, i) => [v, i]));
  const names = new Map(["red ball", "ball in box", "hi", "at blue box", "lunch"].map((v, i) => [v, i]));

  // Warm up both, then measure.
  runParser(env, players, Math.min(n, 20_000));
  runBaseline(verbs, names, Math.min(n, 20_000));
  const parser = rate(n, () => runParser(env, players, n));
  const baseline = rate(n, () => runBaseline(verbs, names, n));

  const fmt = (x: number) => Math.round(x).toLocaleString("en-US");
  console.log(
    `world: ${env.size.toLocaleString("en-US")} objects, ${players.length} players (built in ${buildMs.toFixed(0)} ms)`,
  );
  console.log(`lines: ${n.toLocaleString("en-US")} (mix of ${COMMANDS.length}: ${COMMANDS.join(" | ")})`);
  const commandsPerSecond = (parser.perSecond * parser.sink) / n;
  console.log(
    `parser (parse + resolve + dispatch): ${fmt(parser.perSecond)} lines/s = ${fmt(commandsPerSecond)} commands/s`,
  );
  console.log(`baseline (split + 2 Map lookups):    ${fmt(baseline.perSecond)} lines/s`);
  console.log(`ratio baseline/parser: ${(baseline.perSecond / parser.perSecond).toFixed(1)}x`);
  console.log(`(baseline hits ${baseline.sink.toLocaleString("en-US")})`);
}

main();
