import { netTreasurySalesBn, type TokyoMove } from '../protocol/moves.ts';
import type { ModelParams } from './params.ts';
import { addYieldBp, clamp, moveUsdJpy } from './transmission.ts';
import type { Headline, MarketState } from './types.ts';

/**
 * Tokyo's sealed Treasury and yen actions. Nobody else sees them: the 10y moves by the flow effect
 * (KC Fed 2025 survey, Beltran et al. 2013), part of which lasts and part fades, and the market has to
 * guess the cause. Buying yen means selling dollar reserves, so it counts as a Treasury sale.
 */

export interface FlowOutcome {
  market: MarketState;
  headlines: Headline[];
  /** Net sales this round including intervention, $bn (negative: purchases). */
  netSalesBn: number;
  /** The 10y move caused by the flow, bp (what the public cannot explain). */
  flowBp: number;
  /** Cash received for the sales at the pre-sale price, $bn (negative for purchases). */
  proceedsBn: number;
}

export function applyTokyoFlows(
  market: MarketState,
  move: TokyoMove,
  startYield10y: number,
  params: ModelParams,
): FlowOutcome {
  const headlines: Headline[] = [];
  let next = market;
  let interventionBn = 0;
  if (move.yenIntervention === 'buyYen') {
    interventionBn = params.yenInterventionBn;
    next = moveUsdJpy(next, -params.yenInterventionPct, params);
    headlines.push({ key: 'news.yenBought' });
  } else if (move.yenIntervention === 'sellYen') {
    interventionBn = -params.yenInterventionBn;
    next = moveUsdJpy(next, params.yenInterventionPct, params);
    headlines.push({ key: 'news.yenSold' });
  }
  // Tokyo cannot sell more than it holds.
  const netSalesBn = Math.min(netTreasurySalesBn(move) + interventionBn, next.tokyoHoldingsBn);
  const proceedsBn = netSalesBn * next.internals.portfolioPrice;
  // Private buyers step in more as yields rise above where the game began (calibration mapping 2).
  const riseBp = Math.max(0, (next.yield10y - startYield10y) * 100);
  const absorption = netSalesBn > 0 ? 1 + riseBp / params.absorptionBp : 1;
  const flowBp = (params.flowBpPer100Bn * (netSalesBn / 100)) / absorption;
  next = {
    ...next,
    tokyoHoldingsBn: next.tokyoHoldingsBn - netSalesBn,
    internals: { ...next.internals, salesByRound: [...next.internals.salesByRound, netSalesBn] },
  };
  next = addYieldBp(
    next,
    { anchor: flowBp * params.flowLastingShare, transient: flowBp * (1 - params.flowLastingShare) },
    params,
  );
  return { market: next, headlines, netSalesBn, flowBp, proceedsBn };
}

/**
 * Threats must be backed: Tokyo has a few rounds to sell after a threat, or the market stops believing it.
 * Returns the credibility change.
 */
export function checkThreat(
  market: MarketState,
  netSalesBn: number,
  params: ModelParams,
): { market: MarketState; headlines: Headline[] } {
  const left = market.internals.tokyoThreatRoundsLeft;
  if (left <= 0) return { market, headlines: [] };
  const backed = netSalesBn >= params.threatBackingMinSalesBn;
  const expired = !backed && left === 1;
  const change = backed ? params.threatBackedBonus : expired ? -params.threatNotBackedPenalty : 0;
  const next: MarketState = {
    ...market,
    credibility: { ...market.credibility, tokyo: clamp(market.credibility.tokyo + change, 0, 100) },
    internals: { ...market.internals, tokyoThreatRoundsLeft: backed ? 0 : left - 1 },
  };
  return { market: next, headlines: expired ? [{ key: 'news.threatNotBacked' }] : [] };
}
