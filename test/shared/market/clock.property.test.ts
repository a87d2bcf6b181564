import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialMarket, tickMarket } from '../../../shared/market/index.ts';
import { JAPAN_EQUITY_MAX, US_EQUITY_MIN } from '../../../shared/market/transmission.ts';
import { createRng } from '../../../shared/rng.ts';
import { SCENARIO } from './fixture.ts';
import { expectMarketInBounds } from './market-bounds.ts';

const params = SCENARIO.model;
const YEAR_SECONDS = 365.25 * 24 * 3600;

const dtArb = fc.oneof(
  fc.double({ min: -YEAR_SECONDS, max: 60, noNaN: true }),
  fc.double({ min: 60, max: 30_000 * YEAR_SECONDS, noNaN: true }),
  fc.constantFrom(29_000 * YEAR_SECONDS, YEAR_SECONDS, -YEAR_SECONDS, Number.NaN, Number.POSITIVE_INFINITY),
);

describe('the model under any tick length', () => {
  it('keeps every number finite and every index within its bounds, for ticks of any length', () => {
    fc.assert(
      fc.property(fc.array(dtArb, { minLength: 1, maxLength: 40 }), fc.integer(), (lengths, seed) => {
        const rng = createRng(seed);
        let market = initialMarket(SCENARIO);
        for (const dtSeconds of lengths) {
          market = tickMarket(market, dtSeconds, rng, params);
          expectMarketInBounds(market);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a tick of 29,000 years leaves US stocks above 0 and Japanese stocks finite (the filed case)', () => {
    const market = tickMarket(initialMarket(SCENARIO), 29_000 * YEAR_SECONDS, createRng(1), params);
    expect(market.usEquity).toBeGreaterThanOrEqual(US_EQUITY_MIN);
    expect(market.japanEquity).toBeLessThanOrEqual(JAPAN_EQUITY_MAX);
  });
});
