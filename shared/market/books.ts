import {
  type InvestorsMove,
  stanceScore,
  type TokyoMove,
  type UsBusinessMove,
  type WhiteHouseMove,
} from '../protocol/moves.ts';
import type { Baseline } from './baseline.ts';
import {
  exclusionShareAfter,
  passedTariffPp,
  type SupplyChainStep,
  supplyChainCostOf,
  tariffBurdenPct,
  tariffCostOf,
} from './economy.ts';
import {
  BENCHMARK_WEIGHTS,
  durationOf,
  fundReturn,
  type Levels,
  legalReturnRange,
  weightsOf,
} from './investors.ts';
import type { ModelParams } from './params.ts';
import {
  BUSINESS_MARGIN_MAX_PCT,
  BUSINESS_MARGIN_MIN_PCT,
  clamp,
  SALES_INDEX_MAX,
  SALES_INDEX_MIN,
} from './transmission.ts';
import type { Books, MarketState, RoundInputs } from './types.ts';

/** Each role's private book after a round. */

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
 * A rate hedge locks the rate of the day it is bought, plus a premium, for as long as it is held: it pays
 * only if yields rise after it is bought, so buying one after a sell-off protects nothing. Raising the hedge
 * strikes the added share at today's rate; lowering it drops a slice of what is held at its locked rate.
 */
export function hedgeAfter(
  book: Pick<Books['usBusiness'], 'hedgedPct' | 'hedgeRatePct'>,
  targetPct: number,
  floatingPct: number,
  params: ModelParams,
): { hedgedPct: number; hedgeRatePct: number } {
  if (targetPct <= book.hedgedPct) return { hedgedPct: targetPct, hedgeRatePct: book.hedgeRatePct };
  const added = targetPct - book.hedgedPct;
  const struck = floatingPct + params.hedgePremiumBp / 100;
  return {
    hedgedPct: targetPct,
    hedgeRatePct: (book.hedgedPct * book.hedgeRatePct + added * struck) / targetPct,
  };
}

/**
 * A week of business at a given tariff burden, pass-through and borrowing cost: the margin (what is not passed
 * on comes out of it, as does borrowing above the start), the sales index (what is passed on raises prices
 * and cuts volume; a falling stock market cuts it too) and the profit gap to the no-tariff path, $bn.
 */
function operatingWeek(
  market: MarketState,
  burdenPct: number,
  passThroughPct: number,
  borrowingCostPct: number,
  baseline: Baseline,
  params: ModelParams,
): { margin: number; salesIndex: number; gapBn: number } {
  const costStart = tariffCostOf(baseline.effectiveTariffPct, params);
  const passStart = baseline.passThroughPct / 100;
  const margin = clamp(
    baseline.businessMargin -
      (tariffCostOf(burdenPct, params) * (1 - passThroughPct / 100) - costStart * (1 - passStart)) -
      params.marginPerBorrowingPp * (borrowingCostPct - baseline.borrowingCostPct),
    BUSINESS_MARGIN_MIN_PCT,
    BUSINESS_MARGIN_MAX_PCT,
  );
  const priceRisePct =
    (passedTariffPp(burdenPct, passThroughPct, params) -
      passedTariffPp(baseline.effectiveTariffPct, baseline.passThroughPct, params)) *
    params.businessImportContent;
  const economy = (market.usEquity / baseline.usEquity) ** params.businessSalesEquityBeta;
  const salesIndex = clamp(
    100 * Math.exp((-params.businessDemandElasticity * priceRisePct) / 100) * economy,
    SALES_INDEX_MIN,
    SALES_INDEX_MAX,
  );
  const noTariffMargin = baseline.businessMargin + costStart * (1 - passStart);
  const weekSalesBn = params.businessSalesBn / params.roundsPerYear;
  return { margin, salesIndex, gapBn: ((margin * salesIndex - noTariffMargin * 100) / 10_000) * weekSalesBn };
}

/**
 * US businesses: a tariff cost not passed on comes out of margins; what is passed on raises their prices and
 * cuts sales; the unhedged share of borrowing floats with the 10y plus a corporate spread (the hedged share pays its locked rate); supply-chain
 * shifts cost now and lower the burden later, and lobbying against the tariff wins exclusions for its own imports
 * (economy.ts). Profit is measured against the no-tariff path,
 * and beside it the profit of a peer that kept the starting sheet in the same market (the business's edge).
 */
/** What unhedged borrowing pays: the 10y plus a corporate spread that widens with panic above its baseline. */
export function floatingRateOf(market: MarketState, params: ModelParams): number {
  const spreadBp =
    params.corporateSpreadBp +
    params.corporateSpreadPerPanicPt * Math.max(0, market.panic - market.internals.panicBaseline);
  return market.yield10y + spreadBp / 100;
}

export function updateBusinessBook(
  book: Books['usBusiness'],
  market: MarketState,
  move: UsBusinessMove,
  supplyChain: SupplyChainStep,
  baseline: Baseline,
  params: ModelParams,
): { book: Books['usBusiness']; margin: number } {
  const floating = floatingRateOf(market, params);
  const hedge = hedgeAfter(book, move.rateHedgePct, floating, params);
  const hedged = hedge.hedgedPct / 100;
  const borrowingCostPct = hedged * hedge.hedgeRatePct + (1 - hedged) * floating;
  const week = operatingWeek(
    market,
    tariffBurdenPct(market, book.exclusionShare),
    move.passThroughPct,
    borrowingCostPct,
    baseline,
    params,
  );
  // The peer kept the starting sheet: the same tariff (nothing moved), the starting pass-through, no hedge.
  const peer = operatingWeek(
    market,
    market.effectiveTariffPct,
    baseline.passThroughPct,
    floating,
    baseline,
    params,
  );
  const { margin, salesIndex } = week;
  const operatingGapBn = week.gapBn;
  const spendBn = move.lobbyingSpendM / 1000 + supplyChainCostOf(supplyChain.startedShare, params);
  // Sales and borrowing are judged over the whole game, as profit is: a last-round switch cannot buy them.
  const roundsBooked = book.roundsBooked + 1;
  return {
    book: {
      profitBn: book.profitBn + operatingGapBn - spendBn,
      peerProfitBn: book.peerProfitBn + peer.gapBn,
      borrowingCostPct,
      salesIndex,
      supplyChainReadyInRounds: supplyChain.readyInRounds,
      exclusionShare: exclusionShareAfter(book.exclusionShare, move, market.effectiveTariffPct, params),
      ...hedge,
      roundsBooked,
      meanSalesIndex: book.meanSalesIndex + (salesIndex - book.meanSalesIndex) / roundsBooked,
      meanBorrowingCostPct:
        book.meanBorrowingCostPct + (borrowingCostPct - book.meanBorrowingCostPct) / roundsBooked,
    },
    margin,
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
