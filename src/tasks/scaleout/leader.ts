/**
 * A leader lease in Redis: at most one process at a time holds `<prefix>:leader:<duty>`.
 * The holder renews it every third of its lifetime; a holder that dies (or loses Redis) loses the
 * lease when it expires and another candidate takes over. The duty it guards must stay safe if
 * two processes briefly both believe they lead (a paused process, a partition): the scheduler's
 * claims are conditional updates in PostgreSQL, so a second leader only wastes a query.
 */
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { newRedis } from "../../bus/index.js";

const RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

export interface LeaderOptions {
  url: string;
  prefix: string;
  duty: string;
  ttlMs?: number;
  log?: (msg: string) => void;
  onChange?: (leading: boolean) => void;
}

export class LeaderLease {
  private readonly redis: Redis;
  private readonly token = randomUUID();
  private readonly key: string;
  private readonly ttlMs: number;
  private timer: NodeJS.Timeout | null = null;
  leading = false;

  constructor(private readonly opts: LeaderOptions) {
    this.redis = newRedis(opts.url, `leader-${opts.duty}`, opts.log);
    this.key = `${opts.prefix}:leader:${opts.duty}`;
    this.ttlMs = opts.ttlMs ?? 10_000;
  }

  start(): void {
    const tick = async () => {
      await this.check().catch(() => this.set(false));
      this.timer = setTimeout(tick, Math.max(200, Math.floor(this.ttlMs / 3)));
      this.timer.unref();
    };
    void tick();
  }

  private async check(): Promise<void> {
    if (this.leading) {
      const ok = await this.redis.eval(RENEW, 1, this.key, this.token, String(this.ttlMs));
      this.set(Number(ok) === 1);
    } else {
      const ok = await this.redis.set(this.key, this.token, "PX", this.ttlMs, "NX");
      this.set(ok === "OK");
    }
  }

  private set(leading: boolean): void {
    if (leading === this.leading) return;
    this.leading = leading;
    this.opts.log?.(`${this.opts.duty}: ${leading ? "this process is now the leader" : "no longer the leader"}`);
    this.opts.onChange?.(leading);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.leading) await this.redis.eval(RELEASE, 1, this.key, this.token).catch(() => {});
    this.leading = false;
    await this.redis.quit().catch(() => {});
  }
}
