/**
 * Shared helpers for the security suite: a real world (in-memory SQLite) with a wizard, two
 * programmers (alice, bob) and a plain player (carol); attacks run as verbs owned by alice (a
 * non-wizard programmer) unless a test says otherwise.
 */
import assert from "node:assert/strict";
import type { ObjId } from "../../src/core/ids.js";
import type { RunResult } from "../../src/runtime/index.js";
import { type Fixture, openFixture } from "../../src/runtime/testing/fixture.js";

export type { Fixture };
export { openFixture };

/** The marker an attack returns when it got what it should not have. */
export const ESCAPED = "ESCAPED";

let seq = 0;

/** Adds `source` as a verb on a fresh object owned by `owner` (default alice) and runs it. */
export async function attack(
  f: Fixture,
  source: string,
  opts: { owner?: ObjId; player?: ObjId; args?: [] } = {},
): Promise<RunResult> {
  const owner = opts.owner ?? f.alice;
  const obj = await f.make(`attack${++seq}`, owner, { location: f.room });
  await f.addVerb(obj, "run", source, owner);
  return f.run({ this: obj, verb: "run", player: opts.player ?? owner });
}

/** The attack did not report success: it failed, or returned something other than ESCAPED. */
export function assertContained(r: RunResult): void {
  if (r.ok) assert.notEqual(r.value, ESCAPED, `attack succeeded: ${JSON.stringify(r.value)}`);
  assert.ok(!r.output.includes(ESCAPED), "attack printed ESCAPED");
}

/** The task failed with an error whose text matches `re`. */
export function assertFails(r: RunResult, re?: RegExp): void {
  assert.equal(r.ok, false, `expected failure, got ${JSON.stringify(r.ok ? r.value : null)}`);
  if (re && !r.ok) assert.match(`${r.error.name}: ${r.error.message}`, re);
}

/** Compiling `source` is refused with a message matching `re`. */
export function assertRejected(f: Fixture, source: string, re: RegExp): void {
  assert.throws(() => f.runtime.compileVerb(source), re);
}
