import type { Term } from '../protocol/deals.ts';
import type { ModelParams } from './params.ts';
import {
  draftOf,
  effectiveTariff,
  moveBelief,
  movePanic,
  moveStocks,
  tariffCutEquityPct,
} from './transmission.ts';
import type { MarketState } from './types.ts';

/**
 * The market's reaction when a deal is signed. The 22 July 2025 US–Japan deal (15% all-in, a $550bn
 * pledge) lifted the Nikkei about 4% and Japanese carmakers 11–14% (calibration.md, episodes). A deal
 * that caps the tariff is most of that; pledges and sales pledges without a tariff cap move less. The sizes
 * are the scenario's `deal*` parameters.
 * Markets price news, not signatures: a term that a deal already in force promises as well (`inForce`,
 * the terms of the deals binding now) is no news, so renewing a deal or signing the same cap with a second
 * party moves nothing, and a deal whose cap is old news reacts as a deal without a cap. Without this a
 * table that re-signs its cap every other round lifted stocks by construction (issue 8: +12% on the
 * Nikkei in an average game of the default mix).
 * Panic and belief move through the model's own transmission, so the yield follows at once.
 */
export function reactToDeal(
  market: MarketState,
  terms: readonly Term[],
  params: ModelParams,
  inForce: readonly Term[] = [],
): MarketState {
  const news = terms.filter((term) => !inForce.some((old) => promisesAtLeast(old, term)));
  if (news.length === 0) return market;
  const calmsSelling = news.some((term) => term.kind === 'noNetSales');
  const next = draftOf(market);
  const cutPp = capCutPp(market, news, params);
  if (cutPp === undefined) {
    // Less news than a cap: a share of the capping deal's reaction, the Nikkei's whole rally included.
    const share = params.dealOtherShare;
    moveStocks(next, share * params.dealCapUsEquityPct, share * params.dealCapNikkeiRallyPct);
    movePanic(next, -share * params.dealCapPanicRelief, params, false);
  } else {
    // The July rally is counted once: the cut itself lifts the Nikkei at resolution
    // (tariffCutEquityPct per point), so the signing adds only the rest of it.
    const rallyPct = Math.max(0, params.dealCapNikkeiRallyPct - tariffCutEquityPct(params).japan * cutPp);
    moveStocks(next, params.dealCapUsEquityPct, rallyPct);
    movePanic(next, -params.dealCapPanicRelief, params, false);
  }
  // A signed promise of no net sales is read as a clean holdings report.
  const beliefGap = next.sellingBelief - params.beliefPrior;
  if (calmsSelling && beliefGap > 0) moveBelief(next, -params.reportNoSalesBeliefCut * beliefGap, params);
  return next;
}

/** Whether a term already in force promises everything `term` does (the same kind, at least as far). */
function promisesAtLeast(old: Term, term: Term): boolean {
  switch (term.kind) {
    case 'tariffCap':
      return (
        old.kind === 'tariffCap' && old.maxPct <= term.maxPct && (old.includesAutos || !term.includesAutos)
      );
    case 'investmentPledge':
    case 'farmPurchases':
      return old.kind === term.kind && old.amountBn >= term.amountBn;
    case 'retaliationCap':
    case 'passThroughCap':
      return old.kind === term.kind && old.maxPct <= term.maxPct;
    case 'treasuryFloor':
      return old.kind === 'treasuryFloor' && old.minPct >= term.minPct;
    case 'noNetSales':
    case 'noLobbyingForTariffs':
      return old.kind === term.kind;
  }
}

/** Points of effective tariff a deal's cap takes off the rates in force, or undefined without a cap. */
function capCutPp(market: MarketState, terms: readonly Term[], params: ModelParams): number | undefined {
  const cap = terms.find((term) => term.kind === 'tariffCap');
  if (cap?.kind !== 'tariffCap') return undefined;
  const { headlineTariffPct, autoTariffPct } = market.internals;
  const autos = cap.includesAutos ? Math.min(autoTariffPct, cap.maxPct) : autoTariffPct;
  const capped = effectiveTariff(Math.min(headlineTariffPct, cap.maxPct), autos, params);
  return Math.max(0, market.effectiveTariffPct - capped);
}
