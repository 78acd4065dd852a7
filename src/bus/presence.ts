/**
 * Who is connected, across every front-end process. The gateway asks it whether a connection is a
 * player's first (run the room's `confunc`, "X has connected") or last (`disfunc`); workers read a
 * cached list of every live connection for the SDK's connected-players functions.
 *
 * In Redis: a sorted set per player (`<prefix>:presence:<player>`, members = connection ids,
 * scores = expiry times) for the counts, and a hash `<prefix>:conns` (connection id → player,
 * connected-at, last input, expiry) for the list. Each front-end refreshes its own connections
 * every few seconds, so the connections of a front-end that died vanish after `ttlMs` by
 * themselves. Changes are announced on `<prefix>:presence` so readers refresh their cache at once.
 */
import type { Redis } from "ioredis";
import type { ObjId } from "../core/ids.js";
import { newRedis } from "./redis-bus.js";

export interface ConnectionEntry {
  player: ObjId;
  connectedAt: number;
  lastInput: number;
}

export interface Presence {
  /** Records a connection; resolves with the player's number of live connections (all processes). */
  add(player: ObjId, connectionId: string): Promise<number>;
  /** Forgets a connection; resolves with the player's number of connections left. */
  remove(player: ObjId, connectionId: string): Promise<number>;
  close(): Promise<void>;
}

export interface RedisPresenceOptions {
  url: string;
  prefix: string;
  /** How long a connection counts without a refresh from its process. */
  ttlMs?: number;
  log?: (msg: string) => void;
  /** This process's connections with their last input times (refreshed into Redis). */
  local?: () => Iterable<ConnectionEntry & { id: string }>;
}

interface Stored {
  p: ObjId;
  c: number;
  l: number;
  e: number;
}

export class RedisPresence implements Presence {
  private readonly redis: Redis;
  private sub: Redis | null = null;
  private readonly mine = new Map<string, ConnectionEntry>();
  private readonly ttlMs: number;
  private readonly timer: NodeJS.Timeout;
  private cache: ConnectionEntry[] = [];
  private watchTimer: NodeJS.Timeout | null = null;

  constructor(private readonly opts: RedisPresenceOptions) {
    this.redis = newRedis(opts.url, "presence", opts.log);
    this.ttlMs = opts.ttlMs ?? 30_000;
    this.timer = setInterval(() => void this.refresh().catch(() => {}), Math.max(1000, this.ttlMs / 3));
    this.timer.unref();
  }

  private key(player: ObjId): string {
    return `${this.opts.prefix}:presence:${player}`;
  }

  private get hashKey(): string {
    return `${this.opts.prefix}:conns`;
  }

  private get channel(): string {
    return `${this.opts.prefix}:presence`;
  }

  async add(player: ObjId, connectionId: string): Promise<number> {
    const now = Date.now();
    const entry = { player, connectedAt: now, lastInput: now };
    this.mine.set(connectionId, entry);
    const r = await this.redis
      .multi()
      .zremrangebyscore(this.key(player), "-inf", now)
      .zadd(this.key(player), now + this.ttlMs, connectionId)
      .zcard(this.key(player))
      .hset(this.hashKey, connectionId, this.encode(entry, now + this.ttlMs))
      .publish(this.channel, "add")
      .exec();
    return Number(r?.[2]?.[1] ?? 1);
  }

  async remove(player: ObjId, connectionId: string): Promise<number> {
    this.mine.delete(connectionId);
    const r = await this.redis
      .multi()
      .zrem(this.key(player), connectionId)
      .zremrangebyscore(this.key(player), "-inf", Date.now())
      .zcard(this.key(player))
      .hdel(this.hashKey, connectionId)
      .publish(this.channel, "remove")
      .exec();
    return Number(r?.[2]?.[1] ?? 0);
  }

  /** Pushes the expiry of this process's connections forward (and their last input times). */
  async refresh(): Promise<void> {
    if (this.opts.local) {
      for (const c of this.opts.local()) {
        const m = this.mine.get(c.id);
        if (m) m.lastInput = c.lastInput;
      }
    }
    if (this.mine.size === 0) return;
    const p = this.redis.pipeline();
    const until = Date.now() + this.ttlMs;
    for (const [conn, e] of this.mine) {
      p.zadd(this.key(e.player), until, conn).hset(this.hashKey, conn, this.encode(e, until));
    }
    await p.exec();
  }

  /**
   * Keeps a cached list of every live connection (for synchronous readers: the runtime's
   * connected-players functions), re-read when any process announces a change and every few seconds.
   */
  async watch(): Promise<void> {
    const sub = newRedis(this.opts.url, "presence-sub", this.opts.log);
    this.sub = sub;
    sub.on("message", () => void this.reload().catch(() => {}));
    await sub.subscribe(this.channel);
    await this.reload();
    this.watchTimer = setInterval(() => void this.reload().catch(() => {}), 2000);
    this.watchTimer.unref();
  }

  /** Every live connection in the cluster, as of the last reload. */
  connections(): readonly ConnectionEntry[] {
    return this.cache;
  }

  private async reload(): Promise<void> {
    const all = await this.redis.hgetall(this.hashKey);
    const now = Date.now();
    const out: ConnectionEntry[] = [];
    const expired: string[] = [];
    for (const [id, raw] of Object.entries(all)) {
      try {
        const s = JSON.parse(raw) as Stored;
        if (s.e < now) expired.push(id);
        else out.push({ player: s.p, connectedAt: s.c, lastInput: s.l });
      } catch {
        expired.push(id);
      }
    }
    if (expired.length > 0) await this.redis.hdel(this.hashKey, ...expired);
    this.cache = out;
  }

  private encode(e: ConnectionEntry, expires: number): string {
    return JSON.stringify({ p: e.player, c: e.connectedAt, l: e.lastInput, e: expires } satisfies Stored);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    if (this.watchTimer) clearInterval(this.watchTimer);
    // Connections still open here are going away with the process.
    for (const [conn, e] of [...this.mine]) await this.remove(e.player, conn).catch(() => {});
    await Promise.allSettled([this.redis.quit(), this.sub?.quit()]);
  }
}
