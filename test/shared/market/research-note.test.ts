import { describe, expect, it } from 'vitest';
import { talksOwnBook } from '../../../shared/market/research-note.ts';
import { reactToStatement } from '../../../shared/market/statements.ts';
import type { MarketState } from '../../../shared/market/types.ts';
import { newGame, playRound, SCENARIO } from './fixture.ts';

const params = SCENARIO.model;

/** The market with the fund holding these weights (treasuries, yen, US stocks, Japanese stocks, cash). */
function withBook(weights: number[]): MarketState {
  const market = newGame().market;
  return { ...market, internals: { ...market.internals, investorWeights: weights } };
}

const usMovePct = (market: MarketState, signal: 'bullish' | 'bearish') =>
  Math.log(reactToStatement(market, 'investors', signal, params).market.usEquity / market.usEquity) * 100;

describe("a research note that talks the fund's own book", () => {
  it('measures the bet on the note beyond the benchmark, 0–1', () => {
    expect(talksOwnBook([40, 0, 60, 0, 0], 1)).toBe(0);
    expect(talksOwnBook([0, 0, 200, 0, 0], 1)).toBe(1);
    expect(talksOwnBook([0, 0, 200, 0, 0], -1)).toBe(0);
    // The hawk's risk-off book (30% US stocks, 30% yen) talking bearish: 30 under plus 30 of yen.
    expect(talksOwnBook([20, 30, 30, 0, 20], -1)).toBeCloseTo(0.6, 12);
  });

  it('is discounted by the market and costs the fund credibility; a benchmark book speaks at full weight', () => {
    const neutral = withBook([40, 0, 60, 0, 0]);
    const allIn = withBook([0, 0, 200, 0, 0]);
    const full = usMovePct(neutral, 'bullish');
    const talked = usMovePct(allIn, 'bullish');
    // Same credibility, same signal: 200% in US stocks keeps 1 − 0.3 of the note's direct push on stocks.
    // (The note's calmer panic and lower yield lift stocks a little more, by the same share.)
    expect(talked / full).toBeCloseTo(1 - params.researchNoteBookDiscount, 6);
    const after = reactToStatement(allIn, 'investors', 'bullish', params).market;
    expect(after.credibility.investors).toBe(allIn.credibility.investors - params.credibilityPerCheapTalk);
    expect(reactToStatement(neutral, 'investors', 'bullish', params).market.credibility.investors).toBe(
      neutral.credibility.investors,
    );
  });

  it('wears the fund out: a note talked every round moves less each time, while an honest one does not', () => {
    let market = withBook([0, 0, 200, 0, 0]);
    const moves: number[] = [];
    for (let note = 0; note < 4; note++) {
      const next = reactToStatement(market, 'investors', 'bullish', params).market;
      moves.push(Math.log(next.usEquity / market.usEquity) * 100);
      market = next;
    }
    for (let index = 1; index < moves.length; index++) {
      expect(moves[index]).toBeLessThan(moves[index - 1] ?? 0);
    }
    expect(market.credibility.investors).toBe(
      SCENARIO.startingMarket.credibility - 4 * params.credibilityPerCheapTalk,
    );
  });

  it('reads the sheet it is published with at resolution, as while people talk', () => {
    const note = (usEquities: number) =>
      playRound(newGame(SCENARIO, 9), {
        investors: {
          role: 'investors',
          allocation: { treasuries: 200 - usEquities, yen: 0, usEquities, japanEquities: 0, cash: 0 },
          treasuryDuration: 'medium',
          researchNote: 'bullish',
        },
      }).market.credibility.investors;
    expect(note(60)).toBe(SCENARIO.startingMarket.credibility);
    expect(note(200)).toBeLessThan(SCENARIO.startingMarket.credibility);
  });
});
