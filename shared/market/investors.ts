import type { Allocation, InvestorsMove } from '../protocol/moves.ts';
import type { ModelParams } from './params.ts';

/** The market levels a return is measured between. */
export interface Levels {
  yield10y: number;
  usdJpy: number;
  usEquity: number;
  japanEquity: number;
}

/** Fund weights in a fixed order: treasuries, yen, US stocks, Japanese stocks, cash (percent of capital). */
export function weightsOf(allocation: Allocation): number[] {
  return [
    allocation.treasuries,
    allocation.yen,
    allocation.usEquities,
    allocation.japanEquities,
    allocation.cash,
  ];
}

/** The benchmark: 60% US stocks, 40% Treasuries of medium duration. */
export const BENCHMARK_WEIGHTS: readonly number[] = [40, 0, 60, 0, 0];

export function durationOf(duration: InvestorsMove['treasuryDuration'], params: ModelParams): number {
  switch (duration) {
    case 'short':
      return params.durationShort;
    case 'medium':
      return params.durationMedium;
    case 'long':
      return params.durationLong;
  }
}

/**
 * A dollar fund's return, as a fraction, between two sets of levels. Treasuries: −duration × Δyield plus a
 * week's carry; yen: the fall in USD/JPY; Japanese stocks are held unhedged, so the yen counts too; cash and
 * borrowing (the part of the weights above 100%) earn the cash rate and cost it plus `fundBorrowingSpreadBp`. `accrues` adds the week's carry
 * and interest: once per round, at resolution.
 */
export function fundReturn(
  weights: readonly number[],
  duration: number,
  from: Levels,
  to: Levels,
  accrues: boolean,
  params: ModelParams,
): number {
  const week = accrues ? 1 / params.roundsPerYear : 0;
  const treasury = -duration * ((to.yield10y - from.yield10y) / 100) + (week * from.yield10y) / 100;
  const yen = from.usdJpy / to.usdJpy - 1;
  const usStocks = to.usEquity / from.usEquity - 1;
  const japanStocks = (to.japanEquity / from.japanEquity) * (from.usdJpy / to.usdJpy) - 1;
  const cash = (week * params.cashRatePct) / 100;
  const assetReturns = [treasury, yen, usStocks, japanStocks, cash];
  let total = 0;
  let invested = 0;
  for (let i = 0; i < assetReturns.length; i++) {
    const weight = (weights[i] ?? 0) / 100;
    invested += weight;
    total += weight * (assetReturns[i] ?? 0);
  }
  // Borrowing pays the cash rate plus the broker's spread: leverage is never free carry.
  const borrowed = Math.max(0, invested - 1);
  const borrowingRate = (week * (params.cashRatePct + params.fundBorrowingSpreadBp / 100)) / 100;
  return total - borrowed * borrowingRate;
}
