/**
 * A token bucket per socket: `burst` commands at once, refilled at `perSecond`. Generous for a person
 * clicking, tight enough that one script cannot flood a game's queue.
 */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

export interface RateLimiter {
  /** True if the caller may act now (and spends one token). */
  take(): boolean;
}

export function createRateLimiter(limit: RateLimit, now: () => number): RateLimiter {
  let tokens = limit.burst;
  let refilledAt = now();
  return {
    take() {
      const at = now();
      tokens = Math.min(limit.burst, tokens + ((at - refilledAt) / 1000) * limit.perSecond);
      refilledAt = at;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
