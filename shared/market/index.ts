/** The market model's public API: pure, deterministic functions of (state, inputs, rng). */

export { MARKET_HEADLINES_EN } from './headline-keys.ts';
export { reportCoversThrough, reportRevealingRound } from './holdings-report.ts';
export { initialBooks, initialMarket } from './initial.ts';
export { netTreasurySalesBn } from './net-sales.ts';
export { PARAM_SOURCES, type ParamBasis, sourcedParams } from './param-sources.ts';
export { DEFAULT_MODEL_PARAMS, type ModelParams, ModelParamsSchema } from './params.ts';
export { marketPoint } from './point.ts';
export { type ResolveOptions, resolveRound } from './resolve.ts';
export { applyShock } from './shocks.ts';
export { reactToStatement } from './statements.ts';
export { tickMarket } from './ticks.ts';
export { effectiveTariff } from './transmission.ts';
export { equityTrendOf, withEquityTrend } from './trend.ts';
export type * from './types.ts';
