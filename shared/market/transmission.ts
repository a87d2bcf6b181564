import type { ModelParams } from './params.ts';
import type { MarketInternals, MarketState } from './types.ts';

/**
 * How one market move carries into the others. Every change to panic, belief or a yield component goes
 * through these helpers, so that the 10y, stocks, the yen, mortgages and Japan's portfolio stay consistent
 * whether the change came from a tick, a statement, a shock or a round's resolution.
 */

export const YIELD_MIN_PCT = 0.5;
export const YIELD_MAX_PCT = 12;
const USD_JPY_MIN = 60;
const USD_JPY_MAX = 300;

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
    params.beliefYieldBp * market.sellingBelief;
  return internals.anchorYield10y + premiumBp / 100;
}

/**
 * Recompute the 10y from its parts and carry its change into US stocks, the mortgage rate and the value
 * of Japan's portfolio (Δprice ≈ −duration × Δyield). A bound is held by moving the anchor.
 * This runs several times per input, so it copies nothing when nothing moved (the hot path of the
 * simulator and of ticking markets).
 */
export function withYield(market: MarketState, params: ModelParams): MarketState {
  const internals = market.internals;
  const weight = sellAmericaWeight(market.sellingBelief, internals, params);
  const target = composeWith(market, weight, params);
  const yield10y = clamp(target, YIELD_MIN_PCT, YIELD_MAX_PCT);
  const deltaPct = yield10y - market.yield10y;
  const mortgageRate = yield10y + market.mortgageSpreadBp / 100;
  const unmoved =
    deltaPct === 0 &&
    yield10y === target &&
    weight === internals.sellAmericaWeight &&
    market.holdingsValueBn === market.tokyoHoldingsBn * internals.portfolioPrice;
  if (unmoved) {
    return mortgageRate === market.mortgageRate ? market : { ...market, mortgageRate };
  }
  const portfolioPrice =
    deltaPct === 0
      ? internals.portfolioPrice
      : internals.portfolioPrice * Math.exp(-params.tokyoPortfolioDuration * (deltaPct / 100));
  return {
    ...market,
    yield10y,
    mortgageRate,
    usEquity:
      deltaPct === 0
        ? market.usEquity
        : market.usEquity * Math.exp(-(params.usEquityPctPerYieldBp * deltaPct * 100) / 100),
    holdingsValueBn: market.tokyoHoldingsBn * portfolioPrice,
    internals: {
      ...internals,
      anchorYield10y: internals.anchorYield10y + (yield10y - target),
      sellAmericaWeight: weight,
      portfolioPrice,
    },
  };
}

/** Stocks move by percent (log-returns, so moves compose and never go below zero). */
export function moveEquities(market: MarketState, usPct: number, japanPct: number): MarketState {
  return {
    ...market,
    usEquity: market.usEquity * Math.exp(usPct / 100),
    japanEquity: market.japanEquity * Math.exp(japanPct / 100),
  };
}

/** USD/JPY moves by percent; a weaker yen (a rise) lifts the Nikkei's exporters when `transmit` is set. */
export function moveUsdJpy(
  market: MarketState,
  pct: number,
  params: ModelParams,
  transmit = true,
): MarketState {
  const usdJpy = clamp(market.usdJpy * Math.exp(pct / 100), USD_JPY_MIN, USD_JPY_MAX);
  const actualPct = Math.log(usdJpy / market.usdJpy) * 100;
  const japanPct = transmit ? params.japanEquityPerUsdJpyPct * actualPct : 0;
  return { ...market, usdJpy, japanEquity: market.japanEquity * Math.exp(japanPct / 100) };
}

/**
 * Panic moves by `delta` points within bounds. With `transmit`, stocks fall and the yen (a haven)
 * strengthens in proportion; the yield premium always follows through withYield.
 */
export function shiftPanic(
  market: MarketState,
  delta: number,
  params: ModelParams,
  transmit = true,
): MarketState {
  const panic = clamp(market.panic + delta, params.panicMin, params.panicMax);
  const actual = panic - market.panic;
  let next: MarketState = { ...market, panic };
  if (transmit && actual !== 0) {
    next = moveEquities(
      next,
      -params.usEquityPctPerPanicPt * actual,
      -params.japanEquityPctPerPanicPt * actual,
    );
    next = moveUsdJpy(next, -params.usdJpyPctPerPanicPt * actual, params);
  }
  return withYield(next, params);
}

/** The market's belief that Tokyo is selling moves by `delta` within 0–1; with `transmit`, the dollar weakens. */
export function shiftBelief(
  market: MarketState,
  delta: number,
  params: ModelParams,
  transmit = true,
): MarketState {
  const sellingBelief = clamp(market.sellingBelief + delta, 0, 1);
  const actual = sellingBelief - market.sellingBelief;
  let next: MarketState = { ...market, sellingBelief };
  if (transmit && actual !== 0) next = moveUsdJpy(next, -params.usdJpyPctPerBelief * actual, params);
  return withYield(next, params);
}

/** Add to the yield's parts (bp) and recompute. */
export function addYieldBp(
  market: MarketState,
  parts: { anchor?: number; transient?: number; signal?: number },
  params: ModelParams,
): MarketState {
  const internals = market.internals;
  return withYield(
    {
      ...market,
      internals: {
        ...internals,
        anchorYield10y: internals.anchorYield10y + (parts.anchor ?? 0) / 100,
        transientYieldBp: internals.transientYieldBp + (parts.transient ?? 0),
        signalYieldBp: internals.signalYieldBp + (parts.signal ?? 0),
      },
    },
    params,
  );
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
