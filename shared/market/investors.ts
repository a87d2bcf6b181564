import { type Allocation, DURATIONS, type InvestorsMove, MAX_FUND_WEIGHT_PCT } from '../protocol/moves.ts';
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
 * Each asset's return over a leg, as a fraction, in the order of `weightsOf`. Treasuries: −duration × Δyield
 * plus a week's carry; yen: the fall in USD/JPY; Japanese stocks are held unhedged, so the yen counts too;
 * cash earns the cash rate. `accrues` adds the week's carry and interest: once per round, at resolution.
 */
export function assetReturns(
  duration: number,
  from: Levels,
  to: Levels,
  accrues: boolean,
  params: ModelParams,
): number[] {
  const week = accrues ? 1 / params.roundsPerYear : 0;
  return [
    -duration * ((to.yield10y - from.yield10y) / 100) + (week * from.yield10y) / 100,
    from.usdJpy / to.usdJpy - 1,
    to.usEquity / from.usEquity - 1,
    (to.japanEquity / from.japanEquity) * (from.usdJpy / to.usdJpy) - 1,
    (week * params.cashRatePct) / 100,
  ];
}

/**
 * A leg over which no market moved and nothing accrues: every asset returns exactly 0 (x / x − 1, a
 * duration times no change), so every book earns exactly 0 and the sums below would only add zeros. A bot's
 * projected round starts where it rebuilt the market (bots/projection.ts), so its talk leg is one of these,
 * once for every sheet it weighs.
 */
function stillLeg(from: Levels, to: Levels, accrues: boolean): boolean {
  return (
    !accrues &&
    from.yield10y === to.yield10y &&
    from.usdJpy === to.usdJpy &&
    from.usEquity === to.usEquity &&
    from.japanEquity === to.japanEquity
  );
}

/**
 * A dollar fund's return, as a fraction, between two sets of levels (`assetReturns`); borrowing (the part of
 * the weights above 100%) costs the cash rate plus `fundBorrowingSpreadBp`.
 */
export function fundReturn(
  weights: readonly number[],
  duration: number,
  from: Levels,
  to: Levels,
  accrues: boolean,
  params: ModelParams,
): number {
  if (stillLeg(from, to, accrues)) return 0;
  return returnOfWeights(weights, assetReturns(duration, from, to, accrues, params), accrues, params);
}

/**
 * `fundReturn` once the assets' returns over the leg are known (several books can share them, and a hard
 * fund weighs its expected returns with it, so the leverage it plans pays what the book will be charged).
 */
export function returnOfWeights(
  weights: readonly number[],
  returns: readonly number[],
  accrues: boolean,
  params: ModelParams,
): number {
  let total = 0;
  let invested = 0;
  for (let i = 0; i < returns.length; i++) {
    const weight = (weights[i] ?? 0) / 100;
    invested += weight;
    total += weight * (returns[i] ?? 0);
  }
  // Borrowing pays the cash rate plus the broker's spread: leverage is never free carry.
  const week = accrues ? 1 / params.roundsPerYear : 0;
  const borrowed = Math.max(0, invested - 1);
  const borrowingRate = (week * (params.cashRatePct + params.fundBorrowingSpreadBp / 100)) / 100;
  return total - borrowed * borrowingRate;
}

const CASH = 4;

/** The limit books that hold Treasuries of one duration (0: none), which share their assets' returns. */
interface LimitBooksAt {
  duration: number;
  weights: readonly (readonly number[])[];
}

/**
 * The limit books depend only on the model's parameters: made once per parameter object (a scenario's
 * parameters are never changed in place), since every round's resolution and every projection reads them.
 * Grouped by their Treasuries' duration, in the order first met, since the assets' returns over a leg depend
 * on a book only through it.
 */
const LIMIT_BOOKS = new WeakMap<ModelParams, readonly LimitBooksAt[]>();

/**
 * The books at the legal limits: everything in one market, once or twice over (`MAX_FUND_WEIGHT_PCT`, or
 * once beside a full cash line), Treasuries at each duration, or all in cash. Any legal allocation is a blend of these, so over one leg its return against
 * the benchmark lies between theirs.
 */
function limitBooks(params: ModelParams): readonly LimitBooksAt[] {
  const known = LIMIT_BOOKS.get(params);
  if (known) return known;
  const groups: { duration: number; weights: number[][] }[] = [];
  const add = (weights: number[], duration: number) => {
    let group = groups.find((each) => each.duration === duration);
    if (!group) {
      group = { duration, weights: [] };
      groups.push(group);
    }
    group.weights.push(weights);
  };
  add([0, 0, 0, 0, 100], 0);
  for (let asset = 0; asset < CASH; asset++) {
    const durations = asset === 0 ? DURATIONS.map((each) => durationOf(each, params)) : [0];
    for (const duration of durations) {
      for (const [weight, cash] of [
        [100, 0],
        [MAX_FUND_WEIGHT_PCT, 0],
        [MAX_FUND_WEIGHT_PCT - 100, 100],
      ] as const) {
        const weights = [0, 0, 0, 0, cash];
        weights[asset] = weight;
        add(weights, duration);
      }
    }
  }
  LIMIT_BOOKS.set(params, groups);
  return groups;
}

/**
 * The lowest and highest return any legal book could earn over one leg, fractions: the market moves of the
 * leg times the maximum leverage (the fund's scores read their reach from these, scoring/reach.ts).
 */
export function legalReturnRange(
  from: Levels,
  to: Levels,
  accrues: boolean,
  params: ModelParams,
): { low: number; high: number } {
  if (stillLeg(from, to, accrues)) return { low: 0, high: 0 };
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const group of limitBooks(params)) {
    const returns = assetReturns(group.duration, from, to, accrues, params);
    for (const weights of group.weights) {
      const earned = returnOfWeights(weights, returns, accrues, params);
      low = Math.min(low, earned);
      high = Math.max(high, earned);
    }
  }
  return { low, high };
}
