import type { Rng } from '../rng.ts';
import { ROLE_IDS } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import { announceBackstop, checkBackstop, landPendingBackstop } from './backstop.ts';
import { baselineOf } from './baseline.ts';
import { levelsOf, updateInvestorsBook, updateTokyoBook, updateWhiteHouseBook } from './books.ts';
import { updateBusinessBook } from './business-book.ts';
import { advanceSupplyChain, updateMortgageSpread, updateTradeAndPrices } from './economy.ts';
import { publishHoldingsReport } from './holdings-report.ts';
import { durationOf, weightsOf } from './investors.ts';
import type { ModelParams } from './params.ts';
import { applyLobbying, applyResearchNote, applyRetaliation, applyStance, applyTariffs } from './policy.ts';
import { roundReportHeadlines } from './report-headlines.ts';
import { sheetsForModel } from './sealed-sheets.ts';
import { applyTokyoFlows } from './tokyo-flows.ts';
import {
  addToYield,
  clamp,
  draftOf,
  type MarketDraft,
  moveBelief,
  movePanic,
  moveStocks,
  moveYen,
  setPolicyChaos,
  settleYield,
  suspectSelling,
} from './transmission.ts';
import type { Headline, MarketState, RoundInputs, RoundResult } from './types.ts';
import { NO_YEN_MOVES, yenMoveHeadline } from './yen-moves.ts';

/** What carries over fades: a share of the flow and signal effects, panic above its baseline, chaos, belief. */
function fadeCarryOver(draft: MarketDraft, params: ModelParams): void {
  const internals = draft.internals;
  internals.transientYieldBp = internals.transientYieldBp * (1 - params.transientFadePerRound);
  // Words' premium and policy chaos are fear, and fade at the pace the VIX's fear did (panicRetentionPerRound).
  internals.signalYieldBp = internals.signalYieldBp * params.panicRetentionPerRound;
  movePanic(draft, -(draft.panic - internals.panicBaseline) * (1 - params.panicRetentionPerRound), params);
  moveBelief(draft, -(draft.sellingBelief - params.beliefPrior) * params.newsFadePerRound, params);
  setPolicyChaos(draft, internals.policyChaos * params.panicRetentionPerRound, params);
  settleYield(draft, params);
}

/**
 * The week's news nobody chose: one draw each for the 10y, both stock markets, the yen and panic.
 * Returns the 10y's draw, bp.
 */
function addNoise(draft: MarketDraft, rng: Rng, params: ModelParams): number {
  const yieldBp = rng.normal() * params.yieldNoiseBpPerRound;
  const usPct = rng.normal() * params.usEquityNoisePctPerRound;
  const japanPct = rng.normal() * params.japanEquityNoisePctPerRound;
  const usdJpyPct = rng.normal() * params.usdJpyNoisePctPerRound;
  const panic = rng.normal() * params.panicNoisePerRound;
  moveStocks(draft, usPct, japanPct);
  moveYen(draft, usdJpyPct, 'news', params, false);
  addToYield(draft, { anchor: yieldBp }, params);
  movePanic(draft, panic, params, false);
  return yieldBp;
}

/**
 * Public breaches cost credibility; a role that lost none this round recovers slowly towards where it
 * started.
 */
function updateCredibility(
  draft: MarketDraft,
  inputs: RoundInputs,
  before: MarketState['credibility'],
  startCredibility: number,
  params: ModelParams,
): void {
  const credibility = { ...draft.credibility };
  for (const role of ROLE_IDS) {
    const breaches = inputs.breachesByRole[role] ?? 0;
    let value = credibility[role] - params.credibilityPerBrokenWord * breaches;
    if (breaches === 0 && value >= before[role] && value < startCredibility) {
      value = Math.min(startCredibility, value + params.credibilityRecoveryPerRound);
    }
    credibility[role] = clamp(value, 0, 100);
  }
  draft.credibility = credibility;
}

/** How a resolution is asked for. */
export interface ResolveOptions {
  /**
   * False for a look-ahead that reads only the market and the books (a bot's projection): the round's
   * headlines are then not written (the summary of its moves formats a dozen figures), and `headlines` is
   * empty. The market and the books are the same either way.
   */
  headlines?: boolean;
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
  options: ResolveOptions = {},
): RoundResult {
  const params = scenario.model;
  const baseline = baselineOf(scenario);
  const round = inputs.round;
  const moves = sheetsForModel(inputs.moves);
  const headlines: Headline[] = [];
  const roundStart = {
    yield10y: market.internals.roundStartYield10y,
    usdJpy: market.internals.roundStartUsdJpy,
    usEquity: market.internals.roundStartUsEquity,
    japanEquity: market.internals.roundStartJapanEquity,
  };
  const beforeResolution = levelsOf(market);
  // One copy for the whole resolution: every step below changes it in place, and `market` stays as it was.
  const next = draftOf(market);
  next.internals.currentRound = round;

  fadeCarryOver(next, params);
  const landed = landPendingBackstop(next, params);
  if (landed) headlines.push(landed);

  const tariffs = applyTariffs(next, moves.whiteHouse, round, params);
  applyStance(next, moves.whiteHouse, params);
  headlines.push(...tariffs.headlines);
  const retaliation = applyRetaliation(next, moves.tokyo, params);
  const note = applyResearchNote(next, moves.investors, params);
  const lobbying = applyLobbying(next, moves.usBusiness, params);
  headlines.push(...retaliation, ...note, ...lobbying.headlines);

  const flows = applyTokyoFlows(next, moves.tokyo, baseline.yield10y, params);
  const noiseBp = addNoise(next, rng, params);
  // The week's share of the game's background trend (trend.ts), which nobody at the table sees.
  const trend = next.internals.equityTrendPct;
  if (trend) moveStocks(next, trend.us, trend.japan);
  // The public sees the flow only mixed with the week's noise: both feed the suspicion that Tokyo is selling.
  const unexplainedBp = flows.flowBp + noiseBp;
  suspectSelling(next, params.beliefPerUnexplainedBp * unexplainedBp, params);

  const backstop = checkBackstop(next, market.panic, round, params);
  if (backstop.fire) {
    headlines.push(announceBackstop(next, backstop.sizeBp, params.backstopPanicRelief, params));
  }

  const supplyChain = advanceSupplyChain(next, moves.usBusiness, params);
  updateMortgageSpread(next, baseline, params);
  // Exclusions won in earlier rounds: the last book's.
  updateTradeAndPrices(
    next,
    moves.tokyo,
    moves.usBusiness,
    books.usBusiness.exclusionShare,
    baseline,
    params,
  );
  const reportHeadlines = publishHoldingsReport(next, round, scenario.holdingsReportLagRounds, params);
  updateCredibility(next, inputs, market.credibility, baseline.credibility, params);
  headlines.push(...reportHeadlines);

  const business = updateBusinessBook(
    books.usBusiness,
    next,
    moves.usBusiness,
    supplyChain,
    baseline,
    params,
  );
  const deficitWithJapanBn = next.japanExportsBn - next.internals.usExportsToJapanBn;
  const approvalEvents =
    -params.approvalPerDeal * (inputs.breachesByRole.whiteHouse ?? 0) + lobbying.approvalPts;
  const whiteHouse = updateWhiteHouseBook(
    next,
    moves.whiteHouse,
    deficitWithJapanBn,
    inputs,
    approvalEvents,
    baseline,
    params,
  );
  const after = levelsOf(next);
  const newBooks: RoundResult['books'] = {
    tokyo: updateTokyoBook(books.tokyo, next, flows, moves.tokyo, baseline, params),
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

  if (options.headlines !== false) {
    const yen = yenMoveHeadline(roundStart.usdJpy, next);
    if (yen) headlines.push(yen);
    headlines.push(...roundReportHeadlines(roundStart, next));
  }
  next.businessMargin = business.margin;
  const internals = next.internals;
  internals.currentRound = round + 1;
  internals.roundStartYield10y = next.yield10y;
  internals.roundStartUsEquity = next.usEquity;
  internals.roundStartJapanEquity = next.japanEquity;
  internals.roundStartUsdJpy = next.usdJpy;
  internals.roundYenMovesPct = NO_YEN_MOVES;
  internals.lastBookedHoldingsValueBn = next.holdingsValueBn;
  internals.approvalEventsPts = whiteHouse.eventsPts;
  internals.investorWeights = weightsOf(moves.investors.allocation);
  internals.investorDuration = durationOf(moves.investors.treasuryDuration, params);
  return {
    market: next,
    books: newBooks,
    headlines: options.headlines === false ? [] : headlines,
    backstop: backstop.fire,
  };
}
