import type { Books, MarketState } from '../market/types.ts';
import type { PerRole, RoleId } from '../roles.ts';
import { perRole } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ScoreMapping, ScoreMetric } from './rules.ts';
import type { ScoreCard, ScoreComponent } from './types.ts';

/** Percent change of `value` against `start`; 0 when there is no meaningful start. */
function changePct(value: number, start: number): number {
  return start > 0 ? (value / start - 1) * 100 : 0;
}

/**
 * Reads one outcome from the market and the books. Changes are measured against the scenario's
 * starting market so that the rules do not depend on the starting level.
 */
export function metricValue(metric: ScoreMetric, market: MarketState, books: Books, scenario: Scenario): number {
  const start = scenario.startingMarket;
  switch (metric) {
    case 'effectiveTariffPct':
      return market.effectiveTariffPct;
    case 'usdJpyChangePct':
      return changePct(market.usdJpy, start.usdJpy);
    case 'tokyoPortfolioPnlBn':
      return books.tokyo.portfolioPnlBn;
    case 'japanExportsChangePct':
      return changePct(market.japanExportsBn, start.japanExportsBn);
    case 'tokyoCredibility':
      return market.credibility.tokyo;
    case 'approval':
      return books.whiteHouse.approval;
    case 'mortgageRate':
      return market.mortgageRate;
    case 'usEquityChangePct':
      return changePct(market.usEquity, start.usEquity);
    case 'consumerPricesChangePct':
      // The index starts at 100, so its distance from 100 is the percent change.
      return market.consumerPrices - 100;
    case 'deficitWithJapanChangePct':
      return changePct(books.whiteHouse.deficitWithJapanBn, start.deficitWithJapanBn);
    case 'whiteHouseCredibility':
      return market.credibility.whiteHouse;
    case 'fundExcessReturnPct':
      return changePct(books.investors.fundValue, books.investors.benchmarkValue);
    case 'fundReturnPct':
      return books.investors.fundValue - 100;
    case 'businessProfitBn':
      return books.usBusiness.profitBn;
    case 'borrowingCostPct':
      return books.usBusiness.borrowingCostPct;
    case 'salesIndex':
      return books.usBusiness.salesIndex;
  }
}

const clampScore = (score: number): number => (Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0);

/** One outcome onto 0–100: a straight line through (target, 50), clamped (rules.ts says how to read it). */
export function mapToScore(value: number, mapping: ScoreMapping): number {
  const distance = (value - mapping.target) / mapping.scale;
  switch (mapping.shape) {
    case 'higherIsBetter':
      return clampScore(50 + 50 * distance);
    case 'lowerIsBetter':
      return clampScore(50 - 50 * distance);
    case 'closerIsBetter':
      return clampScore(100 - 50 * Math.abs(distance));
  }
}

export function scoreCardFor(role: RoleId, market: MarketState, books: Books, scenario: Scenario): ScoreCard {
  const components: ScoreComponent[] = scenario.scoring[role].map((rule) => {
    const value = metricValue(rule.metric, market, books, scenario);
    return { id: rule.id, weight: rule.weight, metric: rule.metric, value, score: mapToScore(value, rule.mapping) };
  });
  const weights = components.reduce((sum, component) => sum + component.weight, 0);
  const weighted = components.reduce((sum, component) => sum + component.weight * component.score, 0);
  return { total: clampScore(weights > 0 ? weighted / weights : 50), components };
}

/** Every role's live score, 0–100, with its breakdown. Pure and cheap: the engine rescores on every tick. */
export function scoreCards(market: MarketState, books: Books, scenario: Scenario): PerRole<ScoreCard> {
  return perRole((role) => scoreCardFor(role, market, books, scenario));
}
