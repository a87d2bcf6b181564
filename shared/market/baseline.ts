import { stanceScore } from '../protocol/moves.ts';
import type { Scenario } from '../scenario/schema.ts';
import { standingPolicies, tariffsInForce } from './initial.ts';
import { effectiveTariff } from './transmission.ts';

/** The scenario's first-day levels that later rounds are measured against (derived, never stored). */
export interface Baseline {
  yield10y: number;
  mortgageSpreadBp: number;
  mortgageRate: number;
  usEquity: number;
  effectiveTariffPct: number;
  retaliatoryTariffPct: number;
  passThroughPct: number;
  japanExportsBn: number;
  usExportsToJapanBn: number;
  farmPurchasesBn: number;
  deficitWithJapanBn: number;
  businessMargin: number;
  borrowingCostPct: number;
  approval: number;
  stanceScore: number;
  credibility: number;
}

/** Worked out once per scenario object (scenarios are never mutated): every resolution reads it. */
const BASELINES = new WeakMap<Scenario, Baseline>();

export function baselineOf(scenario: Scenario): Baseline {
  let baseline = BASELINES.get(scenario);
  if (!baseline) {
    baseline = baselineFrom(scenario);
    BASELINES.set(scenario, baseline);
  }
  return baseline;
}

function baselineFrom(scenario: Scenario): Baseline {
  const start = scenario.startingMarket;
  const params = scenario.model;
  const policy = standingPolicies(scenario);
  const tariffs = tariffsInForce(policy.whiteHouse, params.pauseTariffPct);
  const stance = policy.whiteHouse.stance;
  return {
    yield10y: start.yield10y,
    mortgageSpreadBp: start.mortgageSpreadBp,
    mortgageRate: start.yield10y + start.mortgageSpreadBp / 100,
    usEquity: start.usEquity,
    effectiveTariffPct: effectiveTariff(tariffs.headline, tariffs.autos, params),
    retaliatoryTariffPct: policy.tokyo.retaliatoryTariffPct,
    passThroughPct: policy.usBusiness.passThroughPct,
    japanExportsBn: start.japanExportsBn,
    usExportsToJapanBn: Math.max(0, start.japanExportsBn - start.deficitWithJapanBn),
    farmPurchasesBn: policy.tokyo.farmPurchasesBn,
    deficitWithJapanBn: start.deficitWithJapanBn,
    businessMargin: start.businessMargin,
    borrowingCostPct: start.yield10y + params.corporateSpreadBp / 100,
    approval: start.approval,
    stanceScore: stanceScore(stance),
    credibility: start.credibility,
  };
}
