import type { UsBusinessMove } from '../protocol/moves.ts';
import type { Baseline } from './baseline.ts';
import {
  exclusionShareAfter,
  passedTariffPp,
  type SupplyChainStep,
  supplyChainCostOf,
  tariffBurdenPct,
  tariffCostOf,
} from './economy.ts';
import type { ModelParams } from './params.ts';
import {
  BUSINESS_MARGIN_MAX_PCT,
  BUSINESS_MARGIN_MIN_PCT,
  clamp,
  SALES_INDEX_MAX,
  SALES_INDEX_MIN,
} from './transmission.ts';
import type { Books, MarketState } from './types.ts';

/** US businesses' private book after a round (the other roles' are in books.ts). */

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

/** What unhedged borrowing pays: the 10y plus a corporate spread that widens with panic above its baseline. */
export function floatingRateOf(market: MarketState, params: ModelParams): number {
  const spreadBp =
    params.corporateSpreadBp +
    params.corporateSpreadPerPanicPt * Math.max(0, market.panic - market.internals.panicBaseline);
  return market.yield10y + spreadBp / 100;
}

/**
 * US businesses: a tariff cost not passed on comes out of margins; what is passed on raises their prices and
 * cuts sales; the unhedged share of borrowing floats with the 10y plus a corporate spread (the hedged share pays its locked rate); supply-chain
 * shifts cost now and lower the burden later, and lobbying against the tariff wins exclusions for its own imports
 * (economy.ts). Profit is measured against the no-tariff path,
 * and beside it the profit of a peer that kept the starting sheet in the same market (the business's edge).
 */
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
