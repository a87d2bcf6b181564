import type { ModelParams } from './params.ts';
import type { MarketInternals, MarketState, YenCause } from './types.ts';
import { withYenMove } from './yen-moves.ts';

/**
 * How one market move carries into the others. Every change to panic, belief or a yield component goes
 * through these helpers, so that the 10y, stocks, the yen, mortgages and Japan's portfolio stay consistent
 * whether the change came from a tick, a statement, a shock or a round's resolution.
 */

export const YIELD_MIN_PCT = 0.5;
export const YIELD_MAX_PCT = 12;
export const USD_JPY_MIN = 60;
export const USD_JPY_MAX = 300;
/**
 * Stock indices are kept within these levels, as the yield and the yen are: roughly a tenth and ten times
 * the spring-2025 levels (S&P 500 5,670, Nikkei 35,725), far beyond any week's move, so that no input, however
 * odd (a clock jump, a chain of shocks), can take an index to 0 or Infinity.
 */
export const US_EQUITY_MIN = 500;
export const US_EQUITY_MAX = 60_000;
export const JAPAN_EQUITY_MIN = 3_000;
export const JAPAN_EQUITY_MAX = 400_000;
/**
 * Guard rails for the real economy, like the bounds above: far outside anything the 2025 episode produced
 * (prices moved a point or two, margins a few points), so they only stop an absurd chain of inputs.
 */
export const IMPORT_PRICES_MIN = 50;
export const IMPORT_PRICES_MAX = 300;
export const CONSUMER_PRICES_MIN = 80;
export const CONSUMER_PRICES_MAX = 150;
/** A US business's margin, % of sales, and its sales index (100 at the start). */
export const BUSINESS_MARGIN_MIN_PCT = -20;
export const BUSINESS_MARGIN_MAX_PCT = 40;
export const SALES_INDEX_MIN = 10;
export const SALES_INDEX_MAX = 200;

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Weight of the "sell America" regime: foreign selling (belief above its prior) and policy chaos. */
export function sellAmericaWeight(
  sellingBelief: number,
  internals: MarketInternals,
  params: ModelParams,
): number {
  const beliefGap = Math.max(0, sellingBelief - params.beliefPrior);
  return clamp(params.sellAmericaPerBelief * beliefGap + internals.policyChaos, 0, 1);
}

/** Yield premium of panic, bp: negative in flight to quality, positive in "sell America". */
export function panicPremiumBp(
  panic: number,
  weight: number,
  internals: MarketInternals,
  params: ModelParams,
): number {
  const slope = weight * params.sellAmericaBpPerPanicPt - (1 - weight) * params.flightBpPerPanicPt;
  return (panic - internals.panicBaseline) * slope;
}

/** The 10y, percent, before bounds: the lasting anchor plus every fading premium. */
export function composedYield(market: MarketState, params: ModelParams): number {
  return composeWith(market, sellAmericaWeight(market.sellingBelief, market.internals, params), params);
}

function composeWith(market: MarketState, weight: number, params: ModelParams): number {
  const internals = market.internals;
  const premiumBp =
    internals.transientYieldBp +
    internals.signalYieldBp +
    panicPremiumBp(market.panic, weight, internals, params) +
    params.sellAmericaBpPerChaos * internals.policyChaos +
    params.beliefYieldBp * market.sellingBelief;
  return internals.anchorYield10y + premiumBp / 100;
}

/**
 * A market being worked on: a copy whose top level and `internals` belong to whoever made it, so a chain
 * of moves (a tick, a statement, a whole round's resolution) changes it in place instead of copying some
 * sixty numbers at every step. Nested values it shares with the original (`credibility`, the arrays in
 * `internals`) are replaced, never changed in place, so the original is never touched. Once handed back as
 * a MarketState it is frozen by convention like any other.
 */
declare const ownedCopy: unique symbol;
export type MarketDraft = MarketState & { readonly [ownedCopy]: true };

/**
 * Field by field rather than by spreading: market states come from several places (the game, a bot's
 * rebuilt view, earlier drafts), and V8 spreads such a mix of object shapes several times slower than it
 * builds these literals. This runs once per tick, statement and resolution, including every round a bot
 * projects. The types keep the lists complete: a field added to MarketState or MarketInternals and not
 * here does not compile.
 */
export function draftOf(market: MarketState): MarketDraft {
  const copy: MarketState = {
    yield10y: market.yield10y,
    mortgageRate: market.mortgageRate,
    mortgageSpreadBp: market.mortgageSpreadBp,
    usdJpy: market.usdJpy,
    usEquity: market.usEquity,
    japanEquity: market.japanEquity,
    panic: market.panic,
    importPrices: market.importPrices,
    consumerPrices: market.consumerPrices,
    japanExportsBn: market.japanExportsBn,
    businessMargin: market.businessMargin,
    effectiveTariffPct: market.effectiveTariffPct,
    retaliatoryTariffPct: market.retaliatoryTariffPct,
    tokyoHoldingsBn: market.tokyoHoldingsBn,
    reportedHoldingsBn: market.reportedHoldingsBn,
    reportedAsOfRound: market.reportedAsOfRound,
    holdingsValueBn: market.holdingsValueBn,
    credibility: market.credibility,
    sellingBelief: market.sellingBelief,
    internals: copyOfInternals(market.internals),
  };
  return copy as MarketDraft;
}

function copyOfInternals(internals: MarketInternals): MarketInternals {
  return {
    transientYieldBp: internals.transientYieldBp,
    pendingBackstopBp: internals.pendingBackstopBp,
    backstops: internals.backstops,
    lastBackstopRound: internals.lastBackstopRound,
    roundStartYield10y: internals.roundStartYield10y,
    salesByRound: internals.salesByRound,
    supplyChainRounds: internals.supplyChainRounds,
    pauseActive: internals.pauseActive,
    signalYieldBp: internals.signalYieldBp,
    currentRound: internals.currentRound,
    anchorYield10y: internals.anchorYield10y,
    panicBaseline: internals.panicBaseline,
    sellAmericaWeight: internals.sellAmericaWeight,
    policyChaos: internals.policyChaos,
    prevRoundPanic: internals.prevRoundPanic,
    portfolioPrice: internals.portfolioPrice,
    lastBookedHoldingsValueBn: internals.lastBookedHoldingsValueBn,
    roundStartUsEquity: internals.roundStartUsEquity,
    roundStartJapanEquity: internals.roundStartJapanEquity,
    roundStartUsdJpy: internals.roundStartUsdJpy,
    headlineTariffPct: internals.headlineTariffPct,
    autoTariffPct: internals.autoTariffPct,
    lastTariffChangeRound: internals.lastTariffChangeRound,
    stanceScore: internals.stanceScore,
    usExportsToJapanBn: internals.usExportsToJapanBn,
    farmPurchasesBn: internals.farmPurchasesBn,
    investmentPledgeBn: internals.investmentPledgeBn,
    passThroughPct: internals.passThroughPct,
    tokyoThreatRound: internals.tokyoThreatRound,
    tokyoThreatsFoundUnbacked: internals.tokyoThreatsFoundUnbacked,
    tokyoThreatRepeatCostPts: internals.tokyoThreatRepeatCostPts,
    lastDenialRound: internals.lastDenialRound,
    approvalEventsPts: internals.approvalEventsPts,
    supplyChainShiftedShare: internals.supplyChainShiftedShare,
    supplyChainPipeline: internals.supplyChainPipeline,
    investorWeights: internals.investorWeights,
    investorDuration: internals.investorDuration,
    lastBackstopBp: internals.lastBackstopBp,
    // Always written, so every internals has one shape (it is absent only in games stored before it).
    roundYenMovesPct: internals.roundYenMovesPct,
    ...(internals.equityTrendPct ? { equityTrendPct: internals.equityTrendPct } : {}),
  };
}

/**
 * Recompute the 10y from its parts and carry its change into US stocks, the mortgage rate and the value
 * of Japan's portfolio (Δprice ≈ −duration × Δyield). A bound is held by moving the anchor.
 */
export function settleYield(draft: MarketDraft, params: ModelParams): void {
  const internals = draft.internals;
  const weight = sellAmericaWeight(draft.sellingBelief, internals, params);
  const target = composeWith(draft, weight, params);
  const yield10y = clamp(target, YIELD_MIN_PCT, YIELD_MAX_PCT);
  const deltaPct = yield10y - draft.yield10y;
  draft.mortgageRate = yield10y + draft.mortgageSpreadBp / 100;
  const unmoved =
    deltaPct === 0 &&
    yield10y === target &&
    weight === internals.sellAmericaWeight &&
    draft.holdingsValueBn === draft.tokyoHoldingsBn * internals.portfolioPrice;
  if (unmoved) return;
  const portfolioPrice =
    deltaPct === 0
      ? internals.portfolioPrice
      : internals.portfolioPrice * Math.exp(-params.tokyoPortfolioDuration * (deltaPct / 100));
  draft.yield10y = yield10y;
  if (deltaPct !== 0) {
    moveStocks(draft, -params.usEquityPctPerYieldBp * deltaPct * 100, 0);
  }
  draft.holdingsValueBn = draft.tokyoHoldingsBn * portfolioPrice;
  internals.anchorYield10y = internals.anchorYield10y + (yield10y - target);
  internals.sellAmericaWeight = weight;
  internals.portfolioPrice = portfolioPrice;
}

/** Stocks move by percent (log-returns, so moves compose), within their bounds. */
export function moveStocks(draft: MarketDraft, usPct: number, japanPct: number): void {
  draft.usEquity = clamp(draft.usEquity * Math.exp(usPct / 100), US_EQUITY_MIN, US_EQUITY_MAX);
  draft.japanEquity = clamp(draft.japanEquity * Math.exp(japanPct / 100), JAPAN_EQUITY_MIN, JAPAN_EQUITY_MAX);
}

/**
 * USD/JPY moves by percent, for `cause` (kept for the round's yen headline, yen-moves.ts); a weaker yen (a
 * rise) lifts the Nikkei's exporters when `transmit` is set.
 */
export function moveYen(
  draft: MarketDraft,
  pct: number,
  cause: YenCause,
  params: ModelParams,
  transmit = true,
): void {
  const usdJpy = clamp(draft.usdJpy * Math.exp(pct / 100), USD_JPY_MIN, USD_JPY_MAX);
  const actualPct = Math.log(usdJpy / draft.usdJpy) * 100;
  const japanPct = transmit ? params.japanEquityPerUsdJpyPct * actualPct : 0;
  draft.usdJpy = usdJpy;
  if (actualPct !== 0)
    draft.internals.roundYenMovesPct = withYenMove(draft.internals.roundYenMovesPct, cause, actualPct);
  moveStocks(draft, 0, japanPct);
}

/**
 * Panic moves by `delta` points within bounds. With `transmit`, stocks fall and the yen (a haven)
 * strengthens in proportion; the yield premium always follows.
 */
export function movePanic(draft: MarketDraft, delta: number, params: ModelParams, transmit = true): void {
  const panic = clamp(draft.panic + delta, params.panicMin, params.panicMax);
  const actual = panic - draft.panic;
  draft.panic = panic;
  if (transmit && actual !== 0) {
    moveStocks(draft, -params.usEquityPctPerPanicPt * actual, -params.japanEquityPctPerPanicPt * actual);
    moveYen(draft, -params.usdJpyPctPerPanicPt * actual, 'panic', params);
  }
  settleYield(draft, params);
}

/** The market's belief that Tokyo is selling moves by `delta` within 0–1; with `transmit`, the dollar weakens. */
export function moveBelief(draft: MarketDraft, delta: number, params: ModelParams, transmit = true): void {
  const sellingBelief = clamp(draft.sellingBelief + delta, 0, 1);
  const actual = sellingBelief - draft.sellingBelief;
  draft.sellingBelief = sellingBelief;
  if (transmit && actual !== 0) moveYen(draft, -params.usdJpyPctPerBelief * actual, 'sellingBelief', params);
  settleYield(draft, params);
}

/**
 * What a point of effective tariff cut lifts US and Japanese stocks, %: the same share
 * (`tariffCutRecoveryShare`) of what a point raised cost each (session 8: the Nikkei's own
 * `japanEquityPctPerTariffCutPp` folded into the S&P's share).
 */
export function tariffCutEquityPct(params: ModelParams): { us: number; japan: number } {
  const share = params.tariffCutRecoveryShare;
  return { us: share * params.usEquityPctPerTariffPp, japan: share * params.japanEquityPctPerTariffPp };
}

/**
 * Evidence that Tokyo is selling, read as `beliefRise` of the market's belief (a word's premium, a move nobody
 * explains): belief moves by it and, when it rises, panic follows at `panicPerSellingBelief`, one rate
 * whatever raised the suspicion (session 8: a word's `signalPanicPerBp` and an unexplained move's
 * `panicPerUnexplainedBp` were two sizes of this rule).
 */
export function suspectSelling(draft: MarketDraft, beliefRise: number, params: ModelParams): void {
  moveBelief(draft, beliefRise, params);
  movePanic(draft, params.panicPerSellingBelief * Math.max(0, beliefRise), params);
}

/**
 * Policy chaos moves to `value` (0–1): foreign holders sell US assets on erratic policy, so the dollar
 * falls while chaos rises and recovers as it fades, and the 10y carries its premium (composedYield).
 */
export function setPolicyChaos(draft: MarketDraft, value: number, params: ModelParams): void {
  const chaos = clamp(value, 0, 1);
  const delta = chaos - draft.internals.policyChaos;
  draft.internals.policyChaos = chaos;
  if (delta !== 0) moveYen(draft, -params.sellAmericaUsdJpyPctPerChaos * delta, 'policyChaos', params);
  settleYield(draft, params);
}

/** Add to the yield's parts (bp) and recompute. */
export function addToYield(
  draft: MarketDraft,
  parts: { anchor?: number; transient?: number; signal?: number },
  params: ModelParams,
): void {
  const internals = draft.internals;
  internals.anchorYield10y = internals.anchorYield10y + (parts.anchor ?? 0) / 100;
  internals.transientYieldBp = internals.transientYieldBp + (parts.transient ?? 0);
  internals.signalYieldBp = internals.signalYieldBp + (parts.signal ?? 0);
  settleYield(draft, params);
}

/** How much the market believes a role: a floor even at zero credibility, full weight at 100. */
export function credibilityScale(credibility: number, params: ModelParams): number {
  return (
    params.credibilityFloorScale + ((1 - params.credibilityFloorScale) * clamp(credibility, 0, 100)) / 100
  );
}

/** Effective tariff: headline and autos weighted by autos' share of imports from Japan. */
export function effectiveTariff(headlinePct: number, autoPct: number, params: ModelParams): number {
  return (1 - params.autoImportShare) * headlinePct + params.autoImportShare * autoPct;
}
