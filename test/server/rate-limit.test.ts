import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../server/rate-limit.ts';

describe('the per-socket rate limit', () => {
  it('allows a burst, refuses beyond it, and refills at the steady rate', () => {
    let now = 1_000;
    const limiter = createRateLimiter({ burst: 20, perSecond: 20 }, () => now);
    const burst = Array.from({ length: 25 }, () => limiter.take());
    expect(burst.filter(Boolean)).toHaveLength(20);
    now += 100; // 2 tokens back
    expect([limiter.take(), limiter.take(), limiter.take()]).toEqual([true, true, false]);
    now += 60_000; // never more than the burst
    expect(Array.from({ length: 25 }, () => limiter.take()).filter(Boolean)).toHaveLength(20);
  });
});
