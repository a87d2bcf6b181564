import { initialBooks, initialMarket } from '../market/initial.ts';
import { type PerRole, perRole, type RoleId } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ScoreMetric } from './rules.ts';
import { scoreTotalFor } from './score.ts';

/**
 * When others may see a score. A score is public only as far as what it is made of is public: a component
 * read from a role's secret moves would otherwise give those moves away (Tokyo's score fell from 52 to 30
 * on a secret $100bn sale; the fund's return, round after round, spells out its allocation).
 *
 * - `live`: made of public figures only (market levels, announced policies, approval polls).
 * - `holdingsReport`: reads Tokyo's actual holdings; public as of the round the holdings report covers.
 * - `end`: reads a position no report ever reveals (the fund's allocation and duration, businesses' rate
 *   hedge and supply-chain spending); public at the end of the game.
 */
export type ScoreDisclosure = 'live' | 'holdingsReport' | 'end';

export const METRIC_DISCLOSURE: Record<ScoreMetric, ScoreDisclosure> = {
  effectiveTariffPct: 'live',
  usdJpyChangePct: 'live',
  tokyoPortfolioPnlBn: 'holdingsReport',
  japanExportsChangePct: 'live',
  tokyoCredibility: 'live',
  approval: 'live',
  mortgageRate: 'live',
  usEquityChangePct: 'live',
  consumerPricesChangePct: 'live',
  deficitWithJapanChangePct: 'live',
  whiteHouseCredibility: 'live',
  fundExcessReturnPct: 'end',
  fundReturnPct: 'end',
  businessProfitBn: 'end',
  borrowingCostPct: 'end',
  salesIndex: 'live',
  fundValueAddedPct: 'end',
  meanBorrowingCostPct: 'end',
  meanSalesIndex: 'live',
  businessEdgeBn: 'end',
  tokyoPnlAfterCommitmentsBn: 'holdingsReport',
  usdJpyDistancePct: 'live',
};

const LATENESS: readonly ScoreDisclosure[] = ['live', 'holdingsReport', 'end'];

/**
 * Each role's disclosure, per scenario object (scenarios are never mutated): every seat's view asks it of
 * every role, for the standings and again for each round report.
 */
const DISCLOSURES = new WeakMap<Scenario, PerRole<ScoreDisclosure>>();

/** A role's score is as public as its least public weighted component, under the scenario's rules. */
export function scoreDisclosureOf(role: RoleId, scenario: Scenario): ScoreDisclosure {
  let disclosures = DISCLOSURES.get(scenario);
  if (!disclosures) {
    disclosures = perRole((each) => {
      let latest = 0;
      for (const rule of scenario.scoring[each]) {
        if (rule.weight > 0) latest = Math.max(latest, LATENESS.indexOf(METRIC_DISCLOSURE[rule.metric]));
      }
      return LATENESS[latest]!;
    });
    DISCLOSURES.set(scenario, disclosures);
  }
  return disclosures[role];
}

/** Where everyone stood on the first day: what others see of Tokyo's score before the first holdings report. */
const STARTING_SCORES = new WeakMap<Scenario, PerRole<number>>();

export function startingScore(role: RoleId, scenario: Scenario): number {
  let scores = STARTING_SCORES.get(scenario);
  if (!scores) {
    const market = initialMarket(scenario);
    const books = initialBooks(scenario);
    scores = perRole((each) => scoreTotalFor(each, market, books, scenario, 0));
    STARTING_SCORES.set(scenario, scores);
  }
  return scores[role];
}
