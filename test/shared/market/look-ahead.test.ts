import { describe, expect, it } from 'vitest';
import { initialBooks, initialMarket, resolveRound } from '../../../shared/market/index.ts';
import { createRng } from '../../../shared/rng.ts';
import { perRole } from '../../../shared/roles.ts';
import { SCENARIO, standingMoves, tokyoMove, whiteHouseMove } from './fixture.ts';

/**
 * A bot's look-ahead asks the model for a round's market and books only (`{ headlines: false }`): it must
 * get the very same numbers as the live resolution, with the same draws, and no headlines written for it.
 */
describe('a resolution without headlines', () => {
  it('moves the market and the books exactly as the live resolution does, from the same draws', () => {
    const live = createRng(7);
    const quiet = createRng(7);
    let market = initialMarket(SCENARIO);
    let books = initialBooks(SCENARIO);
    for (let round = 1; round <= 4; round++) {
      const moves = {
        ...standingMoves(),
        tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 30 * round }),
        whiteHouse: whiteHouseMove({ tariffPct: 24 - 4 * round }),
      };
      const inputs = { round, moves, dealsInForce: 0, dealsWithTokyo: 0, breachesByRole: perRole(() => 0) };
      const withHeadlines = resolveRound(market, books, inputs, live, SCENARIO);
      const without = resolveRound(market, books, inputs, quiet, SCENARIO, { headlines: false });
      expect(without.market).toEqual(withHeadlines.market);
      expect(without.books).toEqual(withHeadlines.books);
      expect(without.backstop).toBe(withHeadlines.backstop);
      expect(quiet.state()).toBe(live.state());
      // The live round reports its moves (the 10y, the yen, both stock markets at least); the look-ahead none.
      expect(withHeadlines.headlines.length).toBeGreaterThanOrEqual(4);
      expect(without.headlines).toEqual([]);
      market = withHeadlines.market;
      books = withHeadlines.books;
    }
    expect(market.yield10y).not.toBe(initialMarket(SCENARIO).yield10y);
  });
});
