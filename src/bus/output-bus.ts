/**
 * The output bus carries what a committed task says to players (tells, announcements, events)
 * to the sessions where those players are connected: in-process for the embedded default,
 * Redis pub/sub when front-ends and workers are separate processes. Delivery is in order per
 * recipient. Messages to players who are not connected are dropped.
 */
import type { SessionEvent } from "../core/gateway.js";
import type { ObjId } from "../core/ids.js";

export interface Delivery {
  to: ObjId;
  event: SessionEvent;
  /** Don't deliver to this connection (it already got the message inline with its command). */
  exceptConnection?: string;
}

export type Sink = (event: SessionEvent) => void;

export interface OutputBus {
  publish(deliveries: readonly Delivery[]): Promise<void>;
  /** Delivers events for `player` to `sink` until the returned function is called. */
  subscribe(player: ObjId, connectionId: string, sink: Sink): () => void;
  /** Resolves once every earlier `subscribe` is live (a network bus subscribes asynchronously). */
  settled?(): Promise<void>;
  close(): Promise<void>;
}

/** The embedded default: a map from player to the sinks of their connections. */
export class InProcessBus implements OutputBus {
  private readonly sinks = new Map<ObjId, Map<string, Sink>>();

  async publish(deliveries: readonly Delivery[]): Promise<void> {
    this.deliverLocal(deliveries);
  }

  deliverLocal(deliveries: readonly Delivery[]): void {
    for (const d of deliveries) {
      const conns = this.sinks.get(d.to);
      if (!conns) continue;
      for (const [id, sink] of conns) {
        if (id === d.exceptConnection) continue;
        try {
          sink(d.event);
        } catch {
          // A broken connection must not stop delivery to the others.
        }
      }
    }
  }

  subscribe(player: ObjId, connectionId: string, sink: Sink): () => void {
    let conns = this.sinks.get(player);
    if (!conns) {
      conns = new Map();
      this.sinks.set(player, conns);
    }
    conns.set(connectionId, sink);
    return () => {
      const c = this.sinks.get(player);
      c?.delete(connectionId);
      if (c?.size === 0) this.sinks.delete(player);
    };
  }

  async close(): Promise<void> {
    this.sinks.clear();
  }
}
