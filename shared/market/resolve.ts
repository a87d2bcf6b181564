import type { Rng } from '../rng.ts';
import { ROLE_IDS } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import { announceBackstop, checkBackstop, landPendingBackstop } from './backstop.ts';
import { baselineOf } from './baseline.ts';
import {
  levelsOf,
  updateBusinessBook,
  updateInvestorsBook,
  updateTokyoBook,
  updateWhiteHouseBook,
} from './books.ts';
import { advanceSupplyChain, updateMortgageSpread, updateTradeAndPrices } from './economy.ts';
import { publishHoldingsReport } from './holdings-report.ts';
import { durationOf, weightsOf } from './investors.ts';
import type { ModelParams } from './params.ts';
import { applyLobbying, applyResearchNote, applyRetaliation, applyStance, applyTariffs } from './policy.ts';
import { roundReportHeadlines } from './report-headlines.ts';
import { applyTokyoFlows, checkThreat } from './tokyo-flows.ts';
import { addYieldBp, clamp, moveEquities, shiftBelief, shiftPanic, withYield } from './transmission.ts';
import type { Headline, MarketState, RoundInputs, RoundResult } from './types.ts';

/** What carries over fades: a share of the flow and signal effects, panic above its baseline, chaos, belief. */
function fadeCarryOver(market: MarketState, params: ModelParams): MarketState {
  const internals = market.internals;
  let next: MarketState = {
    ...market,
    internals: {
      ...internals,
      transientYieldBp: internals.transientYieldBp * (1 - params.transientFadePerRound),
      signalYieldBp: internals.signalYieldBp * (1 - params.signalFadePerRound),
      policyChaos: internals.policyChaos * params.chaosRetentionPerRound,
    },
  };
  next = shiftPanic(
    next,
    -(next.panic - internals.panicBaseline) * (1 - params.panicRetentionPerRound),
    params,
  );
  next = shiftBelief(
    next,
    -(next.sellingBelief - params.beliefPrior) * params.beliefReversionPerRound,
    params,
  );
  return withYield(next, params);
}

/** The week's news nobody chose: one draw each for the 10y, both stock markets, the yen and panic. */
function addNoise(
  market: MarketState,
  rng: Rng,
  params: ModelParams,
): { market: MarketState; yieldBp: number } {
  const yieldBp = rng.normal() * params.yieldNoiseBpPerRound;
  const usPct = rng.normal() * params.usEquityNoisePctPerRound;
  const japanPct = rng.normal() * params.japanEquityNoisePctPerRound;
  const usdJpyPct = rng.normal() * params.usdJpyNoisePctPerRound;
  const panic = rng.normal() * params.panicNoisePerRound;
  let next = moveEquities(market, usPct, japanPct);
  next = { ...next, usdJpy: clamp(next.usdJpy * Math.exp(usdJpyPct / 100), 60, 300) };
  next = addYieldBp(next, { anchor: yieldBp }, params);
  next = shiftPanic(next, panic, params, false);
  return { market: next, yieldBp };
}

/**
 * Public breaches cost credibility; a role that lost none this round recovers slowly towards where it
 * started.
 */
function updateCredibility(
  market: MarketState,
  inputs: RoundInputs,
  before: MarketState['credibility'],
  startCredibility: number,
  params: ModelParams,
): MarketState {
  const credibility = { ...market.credibility };
  for (const role of ROLE_IDS) {
    const breaches = inputs.breachesByRole[role] ?? 0;
    let value = credibility[role] - params.credibilityPerBreach * breaches;
    if (breaches === 0 && value >= before[role] && value < startCredibility) {
      value = Math.min(startCredibility, value + params.credibilityRecoveryPerRound);
    }
    credibility[role] = clamp(value, 0, 100);
  }
  return { ...market, credibility };
}

/**
 * A round resolves: the sealed sheets land in a fixed order (carry-over fades, last round's backstop lands,
 * public policies, Tokyo's hidden flows, the week's noise and what the market makes of it, the backstop
 * check, the slow economy, the lagged holdings report), then every book is updated.
 */
export function resolveRound(
  market: MarketState,
  books: RoundResult['books'],
  inputs: RoundInputs,
  rng: Rng,
  scenario: Scenario,
): RoundResult {
  const params = scenario.model;
  const baseline = baselineOf(scenario);
  const { round, moves } = inputs;
  const headlines: Headline[] = [];
  const roundStart = {
    yield10y: market.internals.roundStartYield10y,
    usdJpy: market.internals.roundStartUsdJpy,
    usEquity: market.internals.roundStartUsEquity,
    japanEquity: market.internals.roundStartJapanEquity,
  };
  const beforeResolution = levelsOf(market);
  let next: MarketState = { ...market, internals: { ...market.internals, currentRound: round } };

  next = fadeCarryOver(next, params);
  const landed = landPendingBackstop(next, params);
  next = landed.market;
  if (landed.headline) headlines.push(landed.headline);

  const tariffs = applyTariffs(next, moves.whiteHouse, round, params);
  next = applyStance(tariffs.market, moves.whiteHouse, params);
  headlines.push(...tariffs.headlines);
  const retaliation = applyRetaliation(next, moves.tokyo, params);
  const note = applyResearchNote(retaliation.market, moves.investors, params);
  const lobbying = applyLobbying(note.market, moves.usBusiness, params);
  next = lobbying.market;
  headlines.push(...retaliation.headlines, ...note.headlines, ...lobbying.headlines);

  const flows = applyTokyoFlows(next, moves.tokyo, baseline.yield10y, params);
  headlines.push(...flows.headlines);
  const noise = addNoise(flows.market, rng, params);
  // The public sees the flow only mixed with the week's noise: both feed the suspicion that Tokyo is selling.
  const unexplainedBp = flows.flowBp + noise.yieldBp;
  next = shiftBelief(noise.market, params.beliefPerUnexplainedBp * unexplainedBp, params);
  next = shiftPanic(next, params.panicPerUnexplainedBp * Math.max(0, unexplainedBp), params);
  const threat = checkThreat(next, flows.netSalesBn, params);
  next = threat.market;

  const backstop = checkBackstop(next, market.panic, round, params);
  if (backstop.fire) {
    const announced = announceBackstop(next, backstop.sizeBp, params.backstopPanicRelief, params);
    next = announced.market;
    headlines.push(announced.headline);
  }

  const supplyChain = advanceSupplyChain(next, moves.usBusiness, params);
  next = updateMortgageSpread(supplyChain.market, baseline, params);
  next = updateTradeAndPrices(next, moves.tokyo, moves.usBusiness, baseline, params);
  const report = publishHoldingsReport(next, round, scenario.holdingsReportLagRounds, params);
  next = updateCredibility(report.market, inputs, market.credibility, baseline.credibility, params);
  headlines.push(...threat.headlines, ...report.headlines);

  const business = updateBusinessBook(
    books.usBusiness,
    next,
    moves.usBusiness,
    supplyChain.readyInRounds,
    baseline,
    params,
  );
  const deficitWithJapanBn = next.japanExportsBn - next.internals.usExportsToJapanBn;
  const approvalEvents =
    -params.climbDownPenaltyPerPp * (inputs.dealsInForce === 0 ? Math.max(0, -tariffs.deltaPp) : 0) -
    params.approvalPerBreach * (inputs.breachesByRole.whiteHouse ?? 0) +
    lobbying.approvalPts;
  const whiteHouse = updateWhiteHouseBook(
    next,
    moves.whiteHouse,
    deficitWithJapanBn,
    inputs.dealsInForce,
    approvalEvents,
    baseline,
    params,
  );
  const after = levelsOf(next);
  const newBooks: RoundResult['books'] = {
    tokyo: updateTokyoBook(books.tokyo, next, flows.netSalesBn, flows.proceedsBn, baseline),
    whiteHouse: whiteHouse.book,
    investors: updateInvestorsBook(
      books.investors,
      roundStart,
      beforeResolution,
      after,
      market.internals.investorWeights,
      market.internals.investorDuration,
      moves.investors,
      params,
    ),
    usBusiness: business.book,
  };

  headlines.push(...roundReportHeadlines(roundStart, next));
  next = {
    ...next,
    businessMargin: business.margin,
    internals: {
      ...next.internals,
      currentRound: round + 1,
      roundStartYield10y: next.yield10y,
      roundStartUsEquity: next.usEquity,
      roundStartJapanEquity: next.japanEquity,
      roundStartUsdJpy: next.usdJpy,
      lastBookedHoldingsValueBn: next.holdingsValueBn,
      approvalEventsPts: whiteHouse.eventsPts,
      investorWeights: weightsOf(moves.investors.allocation),
      investorDuration: durationOf(moves.investors.treasuryDuration, params),
    },
  };
  return { market: next, books: newBooks, headlines, backstop: backstop.fire };
}
