import type { TokyoMove } from '../protocol/moves.ts';
import { interventionSalesBn, netTreasurySalesBn } from './net-sales.ts';
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
  /** Cash received for the sales, $bn (negative: paid for purchases), at the price the trade itself moved. */
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
  if (move.yenIntervention === 'buyYen') moveYen(draft, -params.yenInterventionPct, 'tokyoFlows', params);
  else if (move.yenIntervention === 'sellYen')
    moveYen(draft, params.yenInterventionPct, 'tokyoFlows', params);
  // Tokyo cannot sell more than it holds.
  const netSalesBn = Math.min(netTreasurySalesBn(move, params), draft.tokyoHoldingsBn);
  fundTrade(draft, netSalesBn - interventionSalesBn(move, params), params);
  const priceBefore = draft.internals.portfolioPrice;
  // Private holders lean against an official flow more the further yields have moved its way from where the
  // game began: buyers step in as a sale lifts yields (calibration mapping 2), sellers take profits as a
  // purchase pushes them down. The same rule both ways, so buying cannot drive yields down without limit.
  const movedBp = Math.sign(netSalesBn) * (draft.yield10y - startYield10y) * 100;
  const absorption = 1 + Math.max(0, movedBp) / params.absorptionBp;
  const flowBp = (params.flowBpPer100Bn * (netSalesBn / 100)) / absorption;
  draft.tokyoHoldingsBn = draft.tokyoHoldingsBn - netSalesBn;
  draft.internals.salesByRound = [...draft.internals.salesByRound, netSalesBn];
  addToYield(
    draft,
    { anchor: flowBp * params.flowLastingShare, transient: flowBp * (1 - params.flowLastingShare) },
    params,
  );
  // A large trade walks the price it trades at: the seller sells into the fall its own sale causes, the
  // buyer pays up into its own rise, so on average it trades midway between the prices before and after.
  const proceedsBn = (netSalesBn * (priceBefore + draft.internals.portfolioPrice)) / 2;
  return { netSalesBn, flowBp, proceedsBn };
}

/**
 * The yen side of a Treasury trade. Buying Treasuries needs dollars Tokyo does not have spare: a share of
 * each purchase is funded by selling yen, which weakens it as a yen-selling intervention of that size would;
 * a share of each sale's proceeds comes home and strengthens the yen against Japan's own exporters.
 * Intervention is left out: its yen move is its own (above).
 */
function fundTrade(draft: MarketDraft, tradeBn: number, params: ModelParams): void {
  const yenBn = params.treasuryTradeYenShare * tradeBn;
  if (yenBn !== 0)
    moveYen(draft, (-params.yenInterventionPct * yenBn) / params.yenInterventionBn, 'tokyoFlows', params);
}
