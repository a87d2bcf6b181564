import type { TokyoMove, UsBusinessMove } from '../protocol/moves.ts';
import type { Baseline } from './baseline.ts';
import type { ModelParams } from './params.ts';
import {
  CONSUMER_PRICES_MAX,
  CONSUMER_PRICES_MIN,
  clamp,
  IMPORT_PRICES_MAX,
  IMPORT_PRICES_MIN,
  type MarketDraft,
} from './transmission.ts';
import type { MarketState } from './types.ts';

/**
 * The slow economy under the markets: mortgage spreads, import and consumer prices, trade volumes and
 * supply chains. Each moves once per round, at resolution, on the round's draft in place (see MarketDraft).
 */

/**
 * Mortgage rate = 10y + spread. The spread widens with panic above its baseline (NAHB/CME: 170bp calm,
 * 215–260 under stress, cap ~325) and follows panic one round late: it uses the panic of the last resolution.
 */
export function updateMortgageSpread(draft: MarketDraft, baseline: Baseline, params: ModelParams): void {
  const internals = draft.internals;
  const mortgageSpreadBp = clamp(
    unboundedMortgageSpreadBp(
      baseline.mortgageSpreadBp,
      internals.prevRoundPanic,
      internals.panicBaseline,
      params,
    ),
    params.mortgageSpreadCalmBp,
    params.mortgageSpreadCapBp,
  );
  draft.mortgageSpreadBp = mortgageSpreadBp;
  draft.mortgageRate = draft.yield10y + mortgageSpreadBp / 100;
  internals.prevRoundPanic = draft.panic;
}

/**
 * The spread before its calm floor and cap: the start's spread widened (or narrowed) by panic against its
 * baseline. Panic has bounds of its own (`panicMin`, `panicMax`), so this has too: at `panicMin` it is the
 * narrowest spread any state reaches (the mutation check reads that to tell a floor that never binds).
 */
export function unboundedMortgageSpreadBp(
  startSpreadBp: number,
  panic: number,
  panicBaseline: number,
  params: ModelParams,
): number {
  return startSpreadBp + params.mortgageSpreadPerPanicPt * (panic - panicBaseline);
}

/** What a round did to the supply chain: the share it started moving and the rounds until the next payoff. */
export interface SupplyChainStep {
  startedShare: number;
  readyInRounds: number;
}

/**
 * Supply chains: a round's shift moves a share of tariffed imports elsewhere `supplyChainLagRounds` later,
 * never past `supplyChainMaxShare`. Only the share that actually starts is paid for (supplyChainCostOf).
 */
export function advanceSupplyChain(
  draft: MarketDraft,
  move: UsBusinessMove,
  params: ModelParams,
): SupplyChainStep {
  const internals = draft.internals;
  const [arriving = 0, ...rest] = internals.supplyChainPipeline;
  const shifted = Math.min(params.supplyChainMaxShare, internals.supplyChainShiftedShare + arriving);
  const inPipeline = rest.reduce((sum, share) => sum + share, 0);
  // Shares are sums of tenths: round the room so that a full chain leaves none, not 3e-17 to start and bill.
  const room = Math.max(0, Math.round((params.supplyChainMaxShare - shifted - inPipeline) * 1e9) / 1e9);
  const started = move.supplyChainShift ? Math.min(params.supplyChainSharePerRound, room) : 0;
  const pipeline = [...rest, started];
  const firstPending = pipeline.findIndex((share) => share > 0);
  internals.supplyChainShiftedShare = shifted;
  internals.supplyChainPipeline = pipeline;
  internals.supplyChainRounds = internals.supplyChainRounds + (started > 0 ? 1 : 0);
  return { startedShare: started, readyInRounds: firstPending < 0 ? 0 : firstPending + 1 };
}

/** The bill for a round's shift: `supplyChainCostBn` per full step of `supplyChainSharePerRound` started. */
export function supplyChainCostOf(startedShare: number, params: ModelParams): number {
  return params.supplyChainSharePerRound > 0
    ? (params.supplyChainCostBn * startedShare) / params.supplyChainSharePerRound
    : 0;
}

/**
 * The tariff businesses actually pay: imports already moved elsewhere escape it, and so do the products
 * lobbying has won exclusions for (`exclusionShare` of what is still imported, from the business's book).
 */
export function tariffBurdenPct(market: MarketState, exclusionShare: number): number {
  return market.effectiveTariffPct * (1 - market.internals.supplyChainShiftedShare) * (1 - exclusionShare);
}

/**
 * Whether lobbying against tariffs has anything to contest: a tariff above the uncontested baseline
 * (`lobbyingPressureTariffPct`, the 10% every trading partner pays). At or below it, lobbying against
 * tariffs files no exclusion requests and puts no pressure on the White House (policy.ts, `applyLobbying`):
 * the money buys nothing.
 */
export function tariffContested(effectiveTariffPct: number, params: ModelParams): boolean {
  return effectiveTariffPct > params.lobbyingPressureTariffPct;
}

/**
 * Product exclusions a round's lobbying wins (Section 301's process, GAO-21-506): only lobbying against a
 * tariff above the uncontested baseline files requests; a round's spend wins `exclusionSharePer100M` per
 * √($100m), never past `exclusionMaxShare` in all. They spare the business's own imports from the round
 * after (a decision takes time), whatever the White House does to the headline rate: a private return,
 * which its peer does not get.
 */
export function exclusionShareAfter(
  exclusionShare: number,
  move: UsBusinessMove,
  effectiveTariffPct: number,
  params: ModelParams,
): number {
  const requests = move.lobbyingDirection === 'againstTariffs' && tariffContested(effectiveTariffPct, params);
  if (!requests || move.lobbyingSpendM <= 0) return exclusionShare;
  const won = params.exclusionSharePer100M * Math.sqrt(move.lobbyingSpendM / 100);
  return Math.max(exclusionShare, Math.min(params.exclusionMaxShare, exclusionShare + won));
}

/** Tariff cost in points of the business's margin (percent of sales), for a tariff it pays. */
export function tariffCostOf(tariffPct: number, params: ModelParams): number {
  return params.businessImportContent * (1 - params.exporterAbsorption) * tariffPct;
}

/** Tariff cost passed to customers, in points of price (border pass-through complete, Amiti et al. 2019). */
export function passedTariffPp(tariffPct: number, passThroughPct: number, params: ModelParams): number {
  return tariffPct * (1 - params.exporterAbsorption) * (passThroughPct / 100);
}

/**
 * Prices and trade. Import prices carry the whole duty less what Japanese exporters absorb; consumer prices
 * follow the share businesses pass on, a step at a time; trade volumes move towards the year-one elasticity
 * Δln(imports) = ε·Δln(1 + τ) (Boehm et al. 2023), a step at a time; farm purchases add to US exports.
 */
export function updateTradeAndPrices(
  draft: MarketDraft,
  tokyo: TokyoMove,
  business: UsBusinessMove,
  exclusionShare: number,
  baseline: Baseline,
  params: ModelParams,
): void {
  const internals = draft.internals;
  const absorb = 1 - params.exporterAbsorption;
  const importPrices =
    (100 * (1 + (absorb * draft.effectiveTariffPct) / 100)) /
    (1 + (absorb * baseline.effectiveTariffPct) / 100);
  const passedNow = passedTariffPp(tariffBurdenPct(draft, exclusionShare), business.passThroughPct, params);
  const passedStart = passedTariffPp(baseline.effectiveTariffPct, baseline.passThroughPct, params);
  const cpiTarget = 100 + params.cpiPerPassedTariffPp * (passedNow - passedStart);
  const consumerPrices = draft.consumerPrices + (cpiTarget - draft.consumerPrices) * params.cpiAdjustPerRound;

  // Starting exports are the pre-tariff year's: a tariff already in force on day one still bites.
  const tariffRatio = (1 + draft.effectiveTariffPct / 100) / (1 + params.tradeReferenceTariffPct / 100);
  const shiftedAway = 1 - params.supplyChainExportLoss * internals.supplyChainShiftedShare;
  const exportsTarget = baseline.japanExportsBn * tariffRatio ** params.tradeElasticity * shiftedAway;
  const japanExportsBn =
    draft.japanExportsBn + (exportsTarget - draft.japanExportsBn) * params.tradeAdjustPerRound;

  const retaliationRatio = (1 + tokyo.retaliatoryTariffPct / 100) / (1 + baseline.retaliatoryTariffPct / 100);
  const usExportsTarget = Math.max(
    0,
    baseline.usExportsToJapanBn * retaliationRatio ** params.tradeElasticity +
      (tokyo.farmPurchasesBn - baseline.farmPurchasesBn),
  );
  const usExportsToJapanBn =
    internals.usExportsToJapanBn +
    (usExportsTarget - internals.usExportsToJapanBn) * params.tradeAdjustPerRound;

  draft.importPrices = clamp(importPrices, IMPORT_PRICES_MIN, IMPORT_PRICES_MAX);
  draft.consumerPrices = clamp(consumerPrices, CONSUMER_PRICES_MIN, CONSUMER_PRICES_MAX);
  draft.japanExportsBn = Math.max(0, japanExportsBn);
  internals.usExportsToJapanBn = usExportsToJapanBn;
  internals.farmPurchasesBn = tokyo.farmPurchasesBn;
  internals.investmentPledgeBn = tokyo.investmentPledgeBn;
  internals.passThroughPct = business.passThroughPct;
}
