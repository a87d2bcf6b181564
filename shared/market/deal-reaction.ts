import type { Term } from '../protocol/deals.ts';
import type { ModelParams } from './params.ts';
import { draftOf, effectiveTariff, moveBelief, movePanic, moveStocks } from './transmission.ts';
import type { MarketState } from './types.ts';

/**
 * The market's reaction when a deal is signed. The 22 July 2025 US–Japan deal (15% all-in, a $550bn
 * pledge) lifted the Nikkei about 4% and Japanese carmakers 11–14% (calibration.md, episodes). A deal
 * that caps the tariff is most of that; pledges and sales pledges without a tariff cap move less. The sizes
 * are the scenario's `deal*` parameters.
 * Panic and belief move through the model's own transmission, so the yield follows at once.
 */
export function reactToDeal(market: MarketState, terms: readonly Term[], params: ModelParams): MarketState {
  const calmsSelling = terms.some((term) => term.kind === 'noNetSales');
  const next = draftOf(market);
  const cutPp = capCutPp(market, terms, params);
  if (cutPp === undefined) {
    moveStocks(next, params.dealOtherUsEquityPct, params.dealOtherJapanEquityPct);
    movePanic(next, -params.dealOtherPanicRelief, params, false);
  } else {
    // The July rally is counted once: the cut itself lifts the Nikkei at resolution
    // (japanEquityPctPerTariffCutPp per point), so the signing adds only the rest of it.
    const rallyPct = Math.max(0, params.dealCapNikkeiRallyPct - params.japanEquityPctPerTariffCutPp * cutPp);
    moveStocks(next, params.dealCapUsEquityPct, rallyPct);
    movePanic(next, -params.dealCapPanicRelief, params, false);
  }
  if (calmsSelling) moveBelief(next, -params.dealNoNetSalesBeliefCut * next.sellingBelief, params);
  return next;
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
