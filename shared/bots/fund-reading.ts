import type { PlayerView } from '../game/player-view.ts';
import type { Allocation } from '../protocol/moves.ts';
import type { Scenario } from '../scenario/schema.ts';
import { tokyoThreatBacked } from './concession.ts';
import {
  lastRoundEquityChangePct,
  tariffCapInForce,
  tokyoHostility,
  whiteHouseHostility,
} from './reading.ts';

/**
 * What a hard fund reads before it positions: how likely the standoff is to end the week in a sell-off,
 * from the gauges every seat sees (panic, the market's belief in Tokyo's sales, Tokyo's credibility, the
 * holdings report, the White House's stance). An easy fund follows its temperament's fixed mix; a hard
 * one sizes its bet by this reading and by the active-variance charge its score makes for every bet.
 */

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The fund's benchmark as an allocation: 60% US stocks, 40% Treasuries (market/investors.ts). */
export const BENCHMARK_MIX: Allocation = {
  treasuries: 40,
  yen: 0,
  usEquities: 60,
  japanEquities: 0,
  cash: 0,
};

/**
 * The odds of a sell-off this week as the table shows them, −1 (calm: a deal binds, the White House
 * softens, fear ebbs) to +1 (a hostile White House, a Tokyo threat the market believes and the report
 * backs, panic rising). Each part is a gauge a player sees; Tokyo's hostility counts for as much as its
 * credibility lets it (a threat from a bluffer moves little).
 */
export function selloffOdds(view: PlayerView, scenario: Scenario): number {
  const market = view.market;
  const startPanic = scenario.startingMarket.panic;
  const washington = whiteHouseHostility(view, scenario) / 2;
  const tokyoWeight = clamp(market.credibility.tokyo / 100, 0, 1);
  const tokyo =
    (tokyoHostility(view, scenario) / 2) * tokyoWeight + (tokyoThreatBacked(view, scenario) ? 0.3 : 0);
  const belief = market.sellingBelief - 0.3;
  const fear = (market.panic - startPanic) / 40;
  const deal = tariffCapInForce(view) !== null ? -0.8 : 0;
  return clamp(0.4 * washington + 0.4 * tokyo + belief + fear + deal, -1, 1);
}

/** Last round's move of US stocks, read as a sign of the trend nobody is told: −1 to +1. */
export function equityMomentum(view: PlayerView): number {
  return clamp(lastRoundEquityChangePct(view) / 3, -1, 1);
}

/**
 * The benchmark tilted a share `size` (0–1) of the way towards `target`: a bet sized against the
 * active-variance charge. Whole percentages; what rounding leaves over sits in cash.
 */
export function tiltedMix(target: Allocation, size: number): Allocation {
  const share = clamp(size, 0, 1);
  const blend = (key: keyof Allocation) =>
    Math.round(BENCHMARK_MIX[key] + (target[key] - BENCHMARK_MIX[key]) * share);
  const mix = {
    treasuries: blend('treasuries'),
    yen: blend('yen'),
    usEquities: blend('usEquities'),
    japanEquities: blend('japanEquities'),
    cash: 0,
  };
  const invested = mix.treasuries + mix.yen + mix.usEquities + mix.japanEquities;
  const targetTotal = Object.values(target).reduce((sum, weight) => sum + weight, 0);
  const total = Math.round(100 + (targetTotal - 100) * share);
  return { ...mix, cash: clamp(Math.max(100, total) - invested, 0, 100) };
}
