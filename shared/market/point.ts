import type { MarketPoint, MarketState } from './types.ts';

/** One point of the market path for charts and the debrief: public levels only. */
export function marketPoint(market: MarketState, at: number, round: number): MarketPoint {
  return {
    at,
    round,
    yield10y: market.yield10y,
    mortgageRate: market.mortgageRate,
    usdJpy: market.usdJpy,
    usEquity: market.usEquity,
    japanEquity: market.japanEquity,
    panic: market.panic,
  };
}
