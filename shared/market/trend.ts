import { createRng, seedToState } from '../rng.ts';
import type { ModelParams } from './params.ts';
import type { MarketState } from './types.ts';

/**
 * The background trend of stocks within a game: what earnings, rates abroad and a hundred stories nobody at
 * the table controls do to the S&P 500 and the Nikkei over six weeks. Each game draws its own, once, from
 * its seed, and it lands at every resolution for the whole game; nobody sees it, bots included (their
 * projections rebuild the market from what a seat sees, where it is zero). Its spread is that of realised
 * six-week index returns, so 200% in stocks is a real gamble; its mean is zero, so stocks do not drift up
 * by construction (issue 8).
 */
export interface EquityTrend {
  /** US stocks, percent (log) a round. */
  us: number;
  /** Japanese stocks, percent (log) a round. */
  japan: number;
}

/**
 * A generator of its own, seeded from the game's seed with a label, so the draw disturbs none of the
 * market's draws (a game's other numbers stay as they were for the same seed) and replays exactly.
 */
export function equityTrendOf(seed: number | string, params: ModelParams): EquityTrend {
  const rng = createRng(seedToState(`equity-trend:${seed}`));
  return {
    us: rng.normal() * params.usEquityTrendSdPctPerRound,
    japan: rng.normal() * params.japanEquityTrendSdPctPerRound,
  };
}

/** The market on the first day of a game with this seed: the trend it will follow, drawn. */
export function withEquityTrend(
  market: MarketState,
  seed: number | string,
  params: ModelParams,
): MarketState {
  return { ...market, internals: { ...market.internals, equityTrendPct: equityTrendOf(seed, params) } };
}
