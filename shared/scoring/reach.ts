import { supplyChainCostOf } from '../market/economy.ts';
import { effectiveTariff } from '../market/transmission.ts';
import type { Books } from '../market/types.ts';
import { UsBusinessMoveSchema, WhiteHouseMoveSchema } from '../protocol/moves.ts';
import { rangeOf } from '../protocol/numbers.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ScoreMetric } from './rules.ts';

/**
 * How far legal play can take a metric in the game so far, where the model knows it: the fund's return and
 * value added, read from the round-by-round range of returns a legal book could have earned (the market's
 * moves at the maximum leverage, market/books.ts); the business's edge, down to what spending every lever
 * costs; the tariff, up to the sheet's highest. A score's tails are stretched to reach these (line.ts,
 * `bend`), so the boldest legal bet reads badly or well, but still reads, instead of sitting at 0 or 100.
 */

/** The lowest and highest values legal play could have reached; null where the model knows no bound. */
export interface MetricReach {
  low: number | null;
  high: number | null;
}

/**
 * An active manager's value added (Grinold and Kahn, Active Portfolio Management, ch. 4–5): the return
 * against the benchmark less the scoring's `activeRiskAversion` × the active variance the fund ran, both in points. Both
 * grow with the horizon, so the charge reads the same over six weeks as over a year.
 */
export function valueAddedOf(excessPct: number, activeVariance: number, scenario: Scenario): number {
  return excessPct - scenario.scoring.activeRiskAversion * activeVariance;
}

/** A run of round returns, percent, compounded into one, percent. */
function compounded(returnsPct: readonly number[]): number {
  return (returnsPct.reduce((growth, each) => growth * Math.max(0.01, 1 + each / 100), 1) - 1) * 100;
}

/** Value added of a run of round returns against the benchmark, percent. */
function valueAddedOfRun(activePct: readonly number[], scenario: Scenario): number {
  const variance = activePct.reduce((sum, each) => sum + each * each, 0);
  return valueAddedOf(compounded(activePct), variance, scenario);
}

/**
 * Value added bounds, round by round: each round's active return lies between the legal extremes', and
 * a round adds `a − λa²`, which is lowest at one of the two ends (a loss, or a gain so large that its
 * charge outweighs it) and highest at a = 1/(2λ) points, or the end nearest it.
 */
function valueAddedReach(book: Books['investors'], scenario: Scenario): MetricReach {
  const aversion = scenario.scoring.activeRiskAversion;
  const roundValue = (active: number) => active - aversion * active * active;
  const lows: number[] = [];
  const highs: number[] = [];
  for (const round of book.legalRange) {
    const against = (returnPct: number) => ((1 + returnPct / 100) / (1 + round.benchmarkPct / 100) - 1) * 100;
    const [low, high] = [against(round.lowPct), against(round.highPct)];
    lows.push(roundValue(low) <= roundValue(high) ? low : high);
    highs.push(Math.min(high, Math.max(low, aversion > 0 ? 1 / (2 * aversion) : high)));
  }
  return { low: valueAddedOfRun(lows, scenario), high: valueAddedOfRun(highs, scenario) };
}

/** The most a business may spend lobbying in a round, $bn: the sheet's own bound. */
const MOST_LOBBYING_BN = rangeOf(UsBusinessMoveSchema.shape.lobbyingSpendM).max / 1000;

/**
 * How far below its peer a business can fall: by spending all it may, every round booked (lobbying at the
 * sheet's maximum, and a supply-chain step each round until the chain is full, started at their full cost),
 * $bn. The edge's scale is sized to what good play gains (a few hundred million), so without this bound
 * everything at the maximum would read 0 whether it lost $3bn or $5bn.
 */
function businessEdgeReach(book: Books['usBusiness'], scenario: Scenario): MetricReach {
  const params = scenario.model;
  const rounds = book.roundsBooked;
  const lobbyingBn = MOST_LOBBYING_BN * rounds;
  const startedShare = Math.min(rounds * params.supplyChainSharePerRound, params.supplyChainMaxShare);
  const supplyChainBn = supplyChainCostOf(startedShare, params);
  return { low: -(lobbyingBn + supplyChainBn), high: null };
}

/** The headline and auto tariffs the White House's sheet allows, %. */
const TARIFF_RANGES = [
  rangeOf(WhiteHouseMoveSchema.shape.tariffPct),
  rangeOf(WhiteHouseMoveSchema.shape.autoTariffPct),
] as const;

/**
 * The tariffs the White House's sheet allows, headline and autos alike, through the model's own blend
 * (market/transmission.ts): from none to the sheet's maximum on both. The worst tariff any table can end at
 * reads 1 point on Tokyo's relief line, so one a notch below it (40%) still ranks above it instead of
 * reading 0 like every tariff past the e-fold tail's end.
 */
function tariffReach(scenario: Scenario): MetricReach {
  const [headline, autos] = TARIFF_RANGES;
  return {
    low: effectiveTariff(headline.min, autos.min, scenario.model),
    high: effectiveTariff(headline.max, autos.max, scenario.model),
  };
}

export function metricReach(metric: ScoreMetric, books: Books, scenario: Scenario): MetricReach | null {
  const book = books.investors;
  switch (metric) {
    case 'fundReturnPct':
      return perBook(FUND_RETURN_REACH, book, scenario, fundReturnReach);
    case 'fundValueAddedPct':
      return perBook(VALUE_ADDED_REACH, book, scenario, valueAddedReach);
    case 'businessEdgeBn':
      return perBook(BUSINESS_EDGE_REACH, books.usBusiness, scenario, businessEdgeReach);
    case 'effectiveTariffPct':
      return tariffReach(scenario);
    default:
      return null;
  }
}

/**
 * A reach read off a book, kept per book object: a book changes only when a round resolves (books are never
 * changed in place), while the live score is read on every tick and statement in between, each time with
 * the same books. Kept with the scenario it was read under, since a bot scores its projections under a
 * copy of the scenario (projection.ts, `withoutNoise`).
 */
type ReachCache<B extends object> = WeakMap<B, { scenario: Scenario; reach: MetricReach }>;

const FUND_RETURN_REACH: ReachCache<Books['investors']> = new WeakMap();
const VALUE_ADDED_REACH: ReachCache<Books['investors']> = new WeakMap();
const BUSINESS_EDGE_REACH: ReachCache<Books['usBusiness']> = new WeakMap();

function perBook<B extends object>(
  cache: ReachCache<B>,
  book: B,
  scenario: Scenario,
  read: (book: B, scenario: Scenario) => MetricReach,
): MetricReach {
  const known = cache.get(book);
  if (known?.scenario === scenario) return known.reach;
  const reach = read(book, scenario);
  cache.set(book, { scenario, reach });
  return reach;
}

function fundReturnReach(book: Books['investors']): MetricReach {
  return {
    low: compounded(book.legalRange.map((round) => round.lowPct)),
    high: compounded(book.legalRange.map((round) => round.highPct)),
  };
}
