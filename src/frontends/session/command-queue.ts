/**
 * Runs a connection's input one item at a time, in order. At most `maxPending` items wait; more are
 * refused (so a flood cannot grow memory without bound).
 */
export class CommandQueue<T> {
  private readonly pending: T[] = [];
  private running = false;
  private stopped = false;

  constructor(
    private readonly maxPending: number,
    private readonly run: (item: T) => Promise<void>,
  ) {}

  /** Number of items waiting (not counting the one running). */
  get size(): number {
    return this.pending.length;
  }

  /** Queues an item. False when the queue is full or stopped. */
  push(item: T): boolean {
    if (this.stopped || this.pending.length >= this.maxPending) return false;
    this.pending.push(item);
    if (!this.running) void this.drain();
    return true;
  }

  /** Drops waiting items and refuses new ones. */
  stop(): void {
    this.stopped = true;
    this.pending.length = 0;
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      for (let next = this.pending.shift(); next !== undefined && !this.stopped; next = this.pending.shift()) {
        await this.run(next);
      }
    } finally {
      this.running = false;
    }
  }
}
