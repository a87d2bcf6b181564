import type { TokyoMove } from '../protocol/moves.ts';
import { netTreasurySalesBn } from './net-sales.ts';
import type { ModelParams } from './params.ts';
import { addToYield, type MarketDraft, moveYen } from './transmission.ts';

/**
 * Tokyo's sealed Treasury and yen actions. Nobody else sees them: the 10y moves by the flow effect
 * (KC Fed 2025 survey, Beltran et al. 2013), part of which lasts and part fades, and the market has to
 * guess the cause. What counts as a sale is `netTreasurySalesBn` (net-sales.ts), intervention included.
 */

export interface FlowOutcome {
  /** Net sales this round including intervention, $bn (negative: purchases). */
  netSalesBn: number;
  /** The 10y move caused by the flow, bp (what the public cannot explain). */
  flowBp: number;
  /** Cash received for the sales at the pre-sale price, $bn (negative for purchases). */
  proceedsBn: number;
}

/** Lands Tokyo's flows on the round's draft in place (see MarketDraft). */
export function applyTokyoFlows(
  draft: MarketDraft,
  move: TokyoMove,
  startYield10y: number,
  params: ModelParams,
): FlowOutcome {
  // Intervention is paid for with reserves, so it is as secret as a sale: no headline names it, and the
  // holdings report reveals it with the sales of its round. Only the yen's move is seen.
  if (move.yenIntervention === 'buyYen') moveYen(draft, -params.yenInterventionPct, params);
  else if (move.yenIntervention === 'sellYen') moveYen(draft, params.yenInterventionPct, params);
  // Tokyo cannot sell more than it holds.
  const netSalesBn = Math.min(netTreasurySalesBn(move, params), draft.tokyoHoldingsBn);
  const proceedsBn = netSalesBn * draft.internals.portfolioPrice;
  // Private buyers step in more as yields rise above where the game began (calibration mapping 2).
  const riseBp = Math.max(0, (draft.yield10y - startYield10y) * 100);
  const absorption = netSalesBn > 0 ? 1 + riseBp / params.absorptionBp : 1;
  const flowBp = (params.flowBpPer100Bn * (netSalesBn / 100)) / absorption;
  draft.tokyoHoldingsBn = draft.tokyoHoldingsBn - netSalesBn;
  draft.internals.salesByRound = [...draft.internals.salesByRound, netSalesBn];
  addToYield(
    draft,
    { anchor: flowBp * params.flowLastingShare, transient: flowBp * (1 - params.flowLastingShare) },
    params,
  );
  return { netSalesBn, flowBp, proceedsBn };
}
