import { type InvestorsMove, stanceScore, type TokyoMove, type WhiteHouseMove } from '../protocol/moves.ts';
import type { Baseline } from './baseline.ts';
import {
  BENCHMARK_WEIGHTS,
  durationOf,
  fundReturn,
  type Levels,
  legalReturnRange,
  weightsOf,
} from './investors.ts';
import type { ModelParams } from './params.ts';
import type { Books, MarketState, RoundInputs } from './types.ts';

/** Each role's private book after a round (US businesses' is in business-book.ts). */

export function levelsOf(market: MarketState): Levels {
  return {
    yield10y: market.yield10y,
    usdJpy: market.usdJpy,
    usEquity: market.usEquity,
    japanEquity: market.japanEquity,
  };
}

/**
 * Tokyo's gain or loss at this moment of the market: the booked figure plus the revaluation since the last
 * book. The book itself moves only at resolution; this is what Tokyo's seat shows beside the live market
 * value, so both figures are of the same moment (a sale's proceeds are booked with the sale, at resolution).
 */
export function tokyoPortfolioPnlNow(book: Books['tokyo'], market: MarketState): number {
  return book.portfolioPnlBn + market.holdingsValueBn - market.internals.lastBookedHoldingsValueBn;
}

/**
 * What a sheet's investment pledge and farm purchases (beyond those of the first day) would cost Japan, $bn.
 * Pledges and farm purchases buy tariff relief and approval in Washington; this is their price at home.
 */
export function commitmentsCostOf(move: TokyoMove, baseline: Baseline, params: ModelParams): number {
  return (
    params.pledgeCostShare * move.investmentPledgeBn +
    params.farmPurchaseCostShare * Math.max(0, move.farmPurchasesBn - baseline.farmPurchasesBn)
  );
}

/**
 * Tokyo's mark-to-market: the change in the portfolio's value since the last book (Δvalue ≈ −D·Δy·H for the
 * holdings kept) plus the cash received for what was sold, so that a sale itself is not a loss. Commitments
 * are booked at the largest made: a pledge withdrawn next round is not money saved.
 */
export function updateTokyoBook(
  book: Books['tokyo'],
  market: MarketState,
  flows: { netSalesBn: number; proceedsBn: number },
  move: TokyoMove,
  baseline: Baseline,
  params: ModelParams,
): Books['tokyo'] {
  return {
    portfolioPnlBn: tokyoPortfolioPnlNow(book, market) + flows.proceedsBn,
    netSalesBn: [...book.netSalesBn, flows.netSalesBn],
    exportsLostBn: baseline.japanExportsBn - market.japanExportsBn,
    commitmentsCostBn: Math.max(book.commitmentsCostBn, commitmentsCostOf(move, baseline, params)),
  };
}

/**
 * The fund's round in two legs: while people talked it held last round's weights; at resolution the new
 * sealed allocation earns the moves, the week's carry and pays for leverage. The benchmark is 60/40. The
 * round's return against the benchmark, squared, adds to the fund's active variance: a mandate judges a
 * manager by the risk taken as well as the return (scoring: `fundValueAddedPct`). Beside them, the range of
 * returns a legal book could have earned in the round's markets (scoring/reach.ts).
 */
export function updateInvestorsBook(
  book: Books['investors'],
  roundStart: Levels,
  beforeResolution: Levels,
  after: Levels,
  previousWeights: readonly number[],
  previousDuration: number,
  move: InvestorsMove,
  params: ModelParams,
): Books['investors'] {
  const weights = weightsOf(move.allocation);
  const duration = durationOf(move.treasuryDuration, params);
  const talk = fundReturn(previousWeights, previousDuration, roundStart, beforeResolution, false, params);
  const resolution = fundReturn(weights, duration, beforeResolution, after, true, params);
  const growth = Math.max(0.01, (1 + talk) * (1 + resolution));
  const benchmarkTalk = fundReturn(
    BENCHMARK_WEIGHTS,
    params.durationMedium,
    roundStart,
    beforeResolution,
    false,
    params,
  );
  const benchmarkResolution = fundReturn(
    BENCHMARK_WEIGHTS,
    params.durationMedium,
    beforeResolution,
    after,
    true,
    params,
  );
  const benchmarkGrowth = (1 + benchmarkTalk) * (1 + benchmarkResolution);
  const activePct = (growth / benchmarkGrowth - 1) * 100;
  const talkRange = legalReturnRange(roundStart, beforeResolution, false, params);
  const resolutionRange = legalReturnRange(beforeResolution, after, true, params);
  return {
    fundValue: book.fundValue * growth,
    benchmarkValue: book.benchmarkValue * benchmarkGrowth,
    lastReturnPct: (growth - 1) * 100,
    activeVariance: book.activeVariance + activePct * activePct,
    legalRange: [
      ...book.legalRange,
      {
        // Each leg at its own extreme: a bound on what any sequence of legal sheets could have earned.
        lowPct: ((1 + talkRange.low) * (1 + resolutionRange.low) - 1) * 100,
        highPct: ((1 + talkRange.high) * (1 + resolutionRange.high) - 1) * 100,
        benchmarkPct: (benchmarkGrowth - 1) * 100,
      },
    ],
  };
}

/**
 * Approval sinks ever slower as it nears the partisan floor (`approvalMin`): a president's own voters stay
 * when the economy sours, so a reckless policy still ranks below a bad one instead of stopping at a wall.
 * A soft floor: within a few `approvalFloorSoftness` above it, the rating is the raw sum itself. Its only
 * ceiling is the scale's, 100%: no state of the default game comes near it (the most every driver gives
 * at its bound is 69.5%, test/shared/market/folded-params-4.test.ts), so a ceiling of the model's own (until
 * session 11 the [judgement] `approvalMax`, 75%) never bound.
 */
export function aboveFloor(raw: number, params: ModelParams): number {
  const softness = params.approvalFloorSoftness;
  const above = raw - params.approvalMin;
  // softplus, written to stay finite far above the floor: above + softness·ln(1 + e^(−above/softness)).
  const floored =
    params.approvalMin + Math.max(above, 0) + softness * Math.log1p(Math.exp(-Math.abs(above) / softness));
  return Math.min(100, floored);
}

function stanceApproval(score: number, params: ModelParams): number {
  if (score > 0) return params.approvalToughTone;
  if (score < 0) return -params.approvalToughTone;
  return 0;
}

/**
 * White House approval: hurt by mortgage rates (stocks, shop prices and the deficit are the White House's own
 * components, so approval does not count them again); helped by a hawkish tone (`approvalToughTone`), deals
 * and pledges. The tariff's level reaches approval only as a retreat: a tariff below where the game began with
 * no deal with Tokyo in force is held against the White House for as long as it lasts
 * (`climbDownPenaltyPerPp`), so a cut pays only as a trade, for what a deal brings or for the bond market it
 * calms. One-off events (a public breach, lobbying pressure) fade over a few rounds.
 */
export function updateWhiteHouseBook(
  market: MarketState,
  move: WhiteHouseMove,
  deficitWithJapanBn: number,
  deals: Pick<RoundInputs, 'dealsInForce' | 'dealsWithTokyo'>,
  newEventsPts: number,
  baseline: Baseline,
  params: ModelParams,
): { book: Books['whiteHouse']; eventsPts: number } {
  const internals = market.internals;
  const stance = stanceScore(move.stance);
  const eventsPts = internals.approvalEventsPts * (1 - params.newsFadePerRound) + newEventsPts;
  const levels =
    -params.approvalPerMortgagePp * (market.mortgageRate - baseline.mortgageRate) +
    stanceApproval(stance, params) -
    stanceApproval(baseline.stanceScore, params) +
    params.approvalPerDeal * Math.min(deals.dealsInForce, params.approvalDealsCounted) -
    params.climbDownPenaltyPerPp *
      (deals.dealsWithTokyo === 0
        ? Math.max(0, baseline.effectiveTariffPct - market.effectiveTariffPct)
        : 0) +
    (params.approvalPerPledge100Bn * internals.investmentPledgeBn) / 100;
  return {
    book: {
      approval: aboveFloor(baseline.approval + levels + eventsPts, params),
      deficitWithJapanBn,
    },
    eventsPts,
  };
}
