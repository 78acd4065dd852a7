/**
 * A token bucket: `burst` commands may run at once after a quiet period, then `perSecond` per
 * second. `take` waits for a token instead of refusing, so excess commands are delayed, not lost.
 */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

export class RateLimiter {
  private tokens: number;
  private lastRefill = Date.now();

  constructor(private readonly limit: RateLimit) {
    this.tokens = limit.burst;
  }

  /** Resolves when a token is available (at once while within the burst). */
  async take(): Promise<void> {
    for (;;) {
      const now = Date.now();
      this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.lastRefill) / 1000) * this.limit.perSecond);
      this.lastRefill = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      const waitMs = Math.ceil(((1 - this.tokens) / this.limit.perSecond) * 1000);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}
