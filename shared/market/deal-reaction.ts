import type { Term } from '../protocol/deals.ts';
import type { ModelParams } from './params.ts';
import { draftOf, moveBelief, movePanic, moveStocks } from './transmission.ts';
import type { MarketState } from './types.ts';

/**
 * The market's reaction when a deal is signed. The 22 July 2025 US–Japan deal (15% all-in, a $550bn
 * pledge) lifted the Nikkei about 4% and Japanese carmakers 11–14% (calibration.md, episodes). A deal
 * that caps the tariff is most of that; pledges and sales pledges without a tariff cap move less. The sizes
 * are the scenario's `deal*` parameters.
 * Panic and belief move through the model's own transmission, so the yield follows at once.
 */
export function reactToDeal(market: MarketState, terms: readonly Term[], params: ModelParams): MarketState {
  const capsTariff = terms.some((term) => term.kind === 'tariffCap');
  const calmsSelling = terms.some((term) => term.kind === 'noNetSales');
  const next = draftOf(market);
  moveStocks(
    next,
    capsTariff ? params.dealCapUsEquityPct : params.dealOtherUsEquityPct,
    capsTariff ? params.dealCapNikkeiRallyPct : params.dealOtherJapanEquityPct,
  );
  movePanic(next, capsTariff ? -params.dealCapPanicRelief : -params.dealOtherPanicRelief, params, false);
  if (calmsSelling) moveBelief(next, -params.dealNoNetSalesBeliefCut * next.sellingBelief, params);
  return next;
}
