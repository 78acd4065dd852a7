/**
 * The scale-out output bus: Redis pub/sub with one channel per player (`<prefix>:out:<player>`).
 * Workers publish what a committed task says; each front-end process subscribes to the channels
 * of the players connected to it (first connection subscribes, last one unsubscribes) and hands
 * the events to those connections' sinks.
 *
 * Order per recipient: one task's deliveries to one player travel as one message, and one
 * process publishes over one connection, so they arrive in the order they were published.
 * Pub/sub is fire-and-forget: a front-end that is disconnected from Redis at that moment misses
 * the message (ioredis reconnects and re-subscribes by itself). A command's own output does not
 * take this path: it returns with the command's result.
 */
import { Redis } from "ioredis";
import type { SessionEvent } from "../core/gateway.js";
import type { ObjId } from "../core/ids.js";
import type { Delivery, OutputBus, Sink } from "./output-bus.js";

export interface RedisBusOptions {
  url: string;
  /** Key prefix shared by every process of one world (MOO_QUEUE_PREFIX). */
  prefix: string;
  log?: (msg: string) => void;
}

/** One delivery on the wire: the event, and the connection that already has it. */
interface WireItem {
  e: SessionEvent;
  x?: string;
}

export class RedisBus implements OutputBus {
  private readonly pub: Redis;
  private sub: Redis | null = null;
  private readonly sinks = new Map<ObjId, Map<string, Sink>>();
  private pending = new Set<Promise<unknown>>();
  private readonly channelPrefix: string;

  constructor(private readonly opts: RedisBusOptions) {
    this.channelPrefix = `${opts.prefix}:out:`;
    this.pub = newRedis(opts.url, "bus-pub", opts.log);
  }

  async publish(deliveries: readonly Delivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    const byPlayer = new Map<ObjId, WireItem[]>();
    for (const d of deliveries) {
      let list = byPlayer.get(d.to);
      if (!list) {
        list = [];
        byPlayer.set(d.to, list);
      }
      list.push(d.exceptConnection ? { e: d.event, x: d.exceptConnection } : { e: d.event });
    }
    const p = this.pub.pipeline();
    for (const [to, items] of byPlayer) p.publish(this.channelPrefix + to, JSON.stringify(items));
    await p.exec();
  }

  subscribe(player: ObjId, connectionId: string, sink: Sink): () => void {
    let conns = this.sinks.get(player);
    if (!conns) {
      conns = new Map();
      this.sinks.set(player, conns);
      this.track(this.subscriber().subscribe(this.channelPrefix + player));
    }
    conns.set(connectionId, sink);
    return () => {
      const c = this.sinks.get(player);
      if (!c?.delete(connectionId) || c.size > 0) return;
      this.sinks.delete(player);
      this.track(this.subscriber().unsubscribe(this.channelPrefix + player));
    };
  }

  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  async close(): Promise<void> {
    this.sinks.clear();
    await Promise.allSettled([this.pub.quit(), this.sub?.quit()]);
  }

  /** Players with a subscription in this process. */
  localPlayers(): ObjId[] {
    return [...this.sinks.keys()];
  }

  private subscriber(): Redis {
    if (this.sub) return this.sub;
    const sub = newRedis(this.opts.url, "bus-sub", this.opts.log);
    sub.on("message", (channel: string, message: string) => this.receive(channel, message));
    this.sub = sub;
    return sub;
  }

  private track(p: Promise<unknown>): void {
    const t = p.catch((e) => this.opts.log?.(`output bus: ${String(e)}`)).finally(() => this.pending.delete(t));
    this.pending.add(t);
  }

  private receive(channel: string, message: string): void {
    if (!channel.startsWith(this.channelPrefix)) return;
    const player = Number(channel.slice(this.channelPrefix.length));
    const conns = this.sinks.get(player);
    if (!conns) return;
    let items: WireItem[];
    try {
      items = JSON.parse(message) as WireItem[];
    } catch {
      return;
    }
    for (const item of items) {
      for (const [id, sink] of conns) {
        if (id === item.x) continue;
        try {
          sink(item.e);
        } catch {
          // A broken connection must not stop delivery to the others.
        }
      }
    }
  }
}

/**
 * An ioredis client that reconnects forever (with a capped backoff) and never crashes the process
 * on a connection error: a restarted Redis is picked up again without restarting tsmoo.
 */
export function newRedis(url: string, name: string, log?: (msg: string) => void, extra: object = {}): Redis {
  const r = new Redis(url, {
    connectionName: `tsmoo-${name}`,
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 6), 2000),
    maxRetriesPerRequest: null,
    ...extra,
  });
  let down = false;
  r.on("error", (e: Error) => {
    if (!down) log?.(`redis (${name}): ${e.message}`);
    down = true;
  });
  r.on("ready", () => {
    if (down) log?.(`redis (${name}): reconnected`);
    down = false;
  });
  return r;
}
