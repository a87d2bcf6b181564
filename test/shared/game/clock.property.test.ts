import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestTickSeconds } from '../../../shared/game/phases.ts';
import { expectMarketInBounds } from '../market/market-bounds.ts';
import { testGame, toNegotiate } from './helpers.ts';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** A step of the server clock between ticks: ordinary, a jump of up to 30,000 years, or backwards. */
const clockStep = fc.oneof(
  fc.integer({ min: 1, max: 5_000 }),
  fc.double({ min: 1, max: 30_000 * YEAR_MS, noNaN: true }).map(Math.round),
  fc.integer({ min: -YEAR_MS, max: 0 }),
  fc.constantFrom(29_000 * YEAR_MS, YEAR_MS, -YEAR_MS),
);

describe('market ticks from a clock that jumps', () => {
  it('keep every market number finite and in bounds, whatever the times', () => {
    fc.assert(
      fc.property(fc.array(clockStep, { minLength: 1, maxLength: 30 }), (steps) => {
        const game = testGame();
        toNegotiate(game);
        for (const step of steps) {
          game.advance(step);
          const lastTickAt = game.engine.state.lastTickAt;
          const applied = game.engine.tick(game.now);
          // Time going backwards (or standing still) is not a tick.
          expect(applied).toBe(game.now > lastTickAt);
          expectMarketInBounds(game.engine.state.market);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a tick after a jump of years moves the market exactly as one of the longest phase would', () => {
    const jumped = testGame();
    const capped = testGame();
    toNegotiate(jumped);
    toNegotiate(capped);
    const longestMs = longestTickSeconds(jumped.engine.state.config.timers) * 1000;
    expect(longestMs).toBe(180_000);
    jumped.engine.tick(jumped.engine.state.lastTickAt + 29_000 * YEAR_MS);
    capped.engine.tick(capped.engine.state.lastTickAt + longestMs);
    expect(jumped.engine.state.market).toEqual(capped.engine.state.market);
    const start = capped.engine.state.config.scenario.startingMarket;
    // Three minutes of noise: a few percent, not a factor of 10^9.
    expect(Math.abs(Math.log(jumped.engine.state.market.japanEquity / start.japanEquity))).toBeLessThan(0.2);
  });
});
