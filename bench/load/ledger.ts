/**
 * The per-client ledger of the fault-injection run, and the check made after the last restart
 * (pure; unit-tested in test/bench/ledger.test.ts).
 *
 * Each bot appends unique tokens to its own list property, one command at a time. A token whose
 * command got its framed reply is *acknowledged*: it must be in the world, exactly once. A token
 * whose connection died before the reply is *in doubt*: it may or may not have committed. Nothing
 * else may appear, and acknowledged tokens keep the order they were sent in.
 */

export class Ledger {
  readonly acknowledged: string[] = [];
  readonly inDoubt = new Set<string>();

  constructor(readonly bot: string) {}

  ack(token: string): void {
    this.acknowledged.push(token);
  }

  doubt(token: string): void {
    this.inDoubt.add(token);
  }
}

export interface LedgerVerdict {
  bot: string;
  acknowledged: number;
  inDoubt: number;
  inDoubtCommitted: number;
  /** Acknowledged but missing from the world. */
  lost: string[];
  /** In the world twice or more. */
  duplicated: string[];
  /** In the world but never sent (or sent by someone else). */
  unexpected: string[];
  /** Acknowledged tokens out of their sending order in the world. */
  reordered: number;
}

/** Compares what the bot was told with what the world holds. */
export function checkLedger(ledger: Ledger, world: readonly string[]): LedgerVerdict {
  const counts = new Map<string, number>();
  for (const t of world) counts.set(t, (counts.get(t) ?? 0) + 1);
  const acked = new Set(ledger.acknowledged);
  const lost = ledger.acknowledged.filter((t) => !counts.has(t));
  const duplicated = [...counts].filter(([, n]) => n > 1).map(([t]) => t);
  const unexpected = [...counts.keys()].filter((t) => !acked.has(t) && !ledger.inDoubt.has(t));
  const worldAcked = world.filter((t) => acked.has(t));
  let reordered = 0;
  const order = new Map(ledger.acknowledged.map((t, i) => [t, i]));
  for (let i = 1; i < worldAcked.length; i++)
    if (order.get(worldAcked[i]!)! < order.get(worldAcked[i - 1]!)!) reordered++;
  return {
    bot: ledger.bot,
    acknowledged: ledger.acknowledged.length,
    inDoubt: ledger.inDoubt.size,
    inDoubtCommitted: [...ledger.inDoubt].filter((t) => counts.has(t)).length,
    lost,
    duplicated,
    unexpected,
    reordered,
  };
}

/** Parses the wizard's dump line `LEDGER <bot> <json list>` (tsmoo) or `LEDGER <bot> {"a", "b"}` (MOO literal). */
export function parseLedgerLine(line: string): { bot: string; tokens: string[] } | null {
  const m = /^LEDGER (\S+) (.*)$/.exec(line.trim());
  if (!m) return null;
  const body = m[2]!.trim();
  if (body.startsWith("[")) return { bot: m[1]!, tokens: JSON.parse(body) as string[] };
  if (body.startsWith("{")) {
    const tokens = [...body.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1]!.replace(/\\(.)/g, "$1"));
    return { bot: m[1]!, tokens };
  }
  return null;
}
