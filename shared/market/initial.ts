import { stanceScore } from '../protocol/moves.ts';
import { perRole } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import { durationOf, weightsOf } from './investors.ts';
import type { ModelParams } from './params.ts';
import { effectiveTariff } from './transmission.ts';
import type { Books, MarketState } from './types.ts';
import { NO_YEN_MOVES } from './yen-moves.ts';

/**
 * The headline and auto rates a White House policy puts in force: a pause caps the headline ("reciprocal")
 * rate at the scenario's `pauseTariffPct` and leaves autos alone (the 9 April 2025 pause cut country rates
 * to 10% for 90 days, while the Section 232 duty on cars stayed at 25% until the 22 July deal). The one
 * statement of the pause rate: the model, the deal terms and the bots' and client's projections all charge
 * what this returns.
 */
export function tariffsInForce(
  move: { tariffPct: number; autoTariffPct: number; pause: boolean },
  pauseTariffPct: number,
): { headline: number; autos: number } {
  if (!move.pause) return { headline: move.tariffPct, autos: move.autoTariffPct };
  return { headline: Math.min(move.tariffPct, pauseTariffPct), autos: move.autoTariffPct };
}

/**
 * The effective tariff a White House policy charges, percent: its rates in force (`tariffsInForce`) weighted
 * by autos' share of imports (`effectiveTariff`). What the market reports as `effectiveTariffPct`, so a bot
 * can say what the sheet it plans will charge in the market's own terms.
 */
export function chargedTariffPct(
  move: { tariffPct: number; autoTariffPct: number; pause: boolean },
  params: ModelParams,
): number {
  const rates = tariffsInForce(move, params.pauseTariffPct);
  return effectiveTariff(rates.headline, rates.autos, params);
}

/** The starting standing policies, typed by role. */
export function standingPolicies(scenario: Scenario) {
  const { tokyo, whiteHouse, investors, usBusiness } = scenario.standingMoves;
  if (
    tokyo.role !== 'tokyo' ||
    whiteHouse.role !== 'whiteHouse' ||
    investors.role !== 'investors' ||
    usBusiness.role !== 'usBusiness'
  ) {
    throw new Error('scenario standing moves are filed under the wrong roles');
  }
  return { tokyo, whiteHouse, investors, usBusiness };
}

/**
 * The market on the first day: the scenario's published levels, with the tariffs, pass-through and fund
 * weights of the standing policies in force. The anchor is set so that the 10y starts exactly at its level.
 */
export function initialMarket(scenario: Scenario): MarketState {
  const start = scenario.startingMarket;
  const params = scenario.model;
  const policy = standingPolicies(scenario);
  const tariffs = tariffsInForce(policy.whiteHouse, params.pauseTariffPct);
  const sellingBelief = params.beliefPrior;
  const stance = policy.whiteHouse.stance;
  const internals: MarketState['internals'] = {
    transientYieldBp: 0,
    pendingBackstopBp: 0,
    backstops: 0,
    lastBackstopRound: 0,
    roundStartYield10y: start.yield10y,
    salesByRound: [],
    supplyChainRounds: 0,
    pauseActive: policy.whiteHouse.pause,
    signalYieldBp: 0,
    currentRound: 1,
    anchorYield10y: start.yield10y,
    panicBaseline: start.panic,
    sellAmericaWeight: 0,
    policyChaos: 0,
    prevRoundPanic: start.panic,
    portfolioPrice: 1,
    lastBookedHoldingsValueBn: start.tokyoHoldingsBn,
    roundStartUsEquity: start.usEquity,
    roundStartJapanEquity: start.japanEquity,
    roundStartUsdJpy: start.usdJpy,
    roundYenMovesPct: NO_YEN_MOVES,
    headlineTariffPct: tariffs.headline,
    autoTariffPct: tariffs.autos,
    lastTariffChangeRound: 0,
    stanceScore: stanceScore(stance),
    usExportsToJapanBn: Math.max(0, start.japanExportsBn - start.deficitWithJapanBn),
    farmPurchasesBn: policy.tokyo.farmPurchasesBn,
    investmentPledgeBn: policy.tokyo.investmentPledgeBn,
    passThroughPct: policy.usBusiness.passThroughPct,
    tokyoThreatRound: 0,
    tokyoThreatsFoundUnbacked: 0,
    tokyoThreatRepeatCostPts: 0,
    lastDenialRound: 0,
    approvalEventsPts: 0,
    supplyChainShiftedShare: 0,
    supplyChainPipeline: new Array<number>(params.supplyChainLagRounds).fill(0),
    investorWeights: weightsOf(policy.investors.allocation),
    investorDuration: durationOf(policy.investors.treasuryDuration, params),
    lastBackstopBp: 0,
  };
  // The belief premium at the prior is part of the starting level, not a move (panic starts at its baseline).
  internals.anchorYield10y = start.yield10y - (params.beliefYieldBp * sellingBelief) / 100;
  return {
    yield10y: start.yield10y,
    mortgageRate: start.yield10y + start.mortgageSpreadBp / 100,
    mortgageSpreadBp: start.mortgageSpreadBp,
    usdJpy: start.usdJpy,
    usEquity: start.usEquity,
    japanEquity: start.japanEquity,
    panic: start.panic,
    importPrices: 100,
    consumerPrices: 100,
    japanExportsBn: start.japanExportsBn,
    businessMargin: start.businessMargin,
    effectiveTariffPct: effectiveTariff(tariffs.headline, tariffs.autos, params),
    retaliatoryTariffPct: policy.tokyo.retaliatoryTariffPct,
    tokyoHoldingsBn: start.tokyoHoldingsBn,
    reportedHoldingsBn: start.tokyoHoldingsBn,
    reportedAsOfRound: 0,
    holdingsValueBn: start.tokyoHoldingsBn,
    credibility: perRole(() => start.credibility),
    sellingBelief,
    internals,
  };
}

/** Every role's book on the first day. */
export function initialBooks(scenario: Scenario): Books {
  const start = scenario.startingMarket;
  const params = scenario.model;
  return {
    tokyo: { portfolioPnlBn: 0, netSalesBn: [], exportsLostBn: 0, commitmentsCostBn: 0 },
    whiteHouse: { approval: start.approval, deficitWithJapanBn: start.deficitWithJapanBn },
    investors: {
      fundValue: 100,
      benchmarkValue: 100,
      lastReturnPct: 0,
      activeVariance: 0,
      legalRange: [],
    },
    usBusiness: {
      profitBn: 0,
      peerProfitBn: 0,
      borrowingCostPct: start.yield10y + params.corporateSpreadBp / 100,
      salesIndex: 100,
      supplyChainReadyInRounds: 0,
      exclusionShare: 0,
      // A hedge held on day one was struck at the day-one rate.
      hedgedPct: standingPolicies(scenario).usBusiness.rateHedgePct,
      hedgeRatePct: start.yield10y + params.corporateSpreadBp / 100,
      roundsBooked: 0,
      meanSalesIndex: 100,
      meanBorrowingCostPct: start.yield10y + params.corporateSpreadBp / 100,
    },
  };
}
