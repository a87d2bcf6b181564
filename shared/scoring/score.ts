import { initialBooks, initialMarket } from '../market/initial.ts';
import type { Books, MarketState } from '../market/types.ts';
import { sameData } from '../plain-data.ts';
import type { PerRole, RoleId } from '../roles.ts';
import { perRole, ROLE_IDS } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import { scoreOnLine } from './line.ts';
import { metricReach, valueAddedOf } from './reach.ts';
import type { ScoreComponentRule, ScoreMapping, ScoreMetric } from './rules.ts';
import type { ScoreCard, ScoreComponent } from './types.ts';

/** Percent change of `value` against `start`; 0 when there is no meaningful start. */
function changePct(value: number, start: number): number {
  return start > 0 ? (value / start - 1) * 100 : 0;
}

/**
 * Reads one outcome from the market and the books. Changes are measured against the scenario's
 * starting market so that the rules do not depend on the starting level.
 */
export function metricValue(
  metric: ScoreMetric,
  market: MarketState,
  books: Books,
  scenario: Scenario,
): number {
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
    case 'fundValueAddedPct':
      return fundValueAddedPct(books.investors, scenario);
    case 'meanBorrowingCostPct':
      return books.usBusiness.meanBorrowingCostPct;
    case 'meanSalesIndex':
      return books.usBusiness.meanSalesIndex;
    case 'businessEdgeBn':
      return books.usBusiness.profitBn - books.usBusiness.peerProfitBn;
    case 'tokyoPnlAfterCommitmentsBn':
      return books.tokyo.portfolioPnlBn - books.tokyo.commitmentsCostBn;
    case 'usdJpyDistancePct':
      // A jump and a slide both hurt: the distance is what a lower-is-better line can centre on an
      // average game, where a closer-is-better peak reads 100 for any yen that barely moved.
      return Math.abs(changePct(market.usdJpy, start.usdJpy));
  }
}

/**
 * The fund's value added (scoring/reach.ts, `valueAddedOf`): its return against the benchmark less a
 * charge for the active variance it ran. 200% in one market may beat the benchmark, but it is judged as the
 * gamble it was.
 */
export function fundValueAddedPct(book: Books['investors'], scenario: Scenario): number {
  return valueAddedOf(changePct(book.fundValue, book.benchmarkValue), book.activeVariance, scenario);
}

export { mapToScore, REACH_SCORE_GAP } from './line.ts';

const clampScore = (score: number): number =>
  Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0;

/**
 * A component that reads 0 or 100 once rounded to a whole point, as the score card shows it: "pinned", no
 * longer telling one game from another. The strategy audit counts these (issue 8: at most 3% of games).
 * A `closerIsBetter` component exactly on its target is pinned too: nothing in play can do better.
 */
export function isPinnedScore(score: number): boolean {
  return score < 0.5 || score >= 99.5;
}

/**
 * Each rule's metric on the first day, per scenario object (scenarios are never mutated), in the order of
 * the role's rules: a live score is read on every market move and every bot projection.
 */
const STARTING_VALUES = new WeakMap<Scenario, PerRole<number[]>>();

function startingValuesOf(role: RoleId, scenario: Scenario): number[] {
  let values = STARTING_VALUES.get(scenario);
  if (!values) {
    const market = initialMarket(scenario);
    const books = initialBooks(scenario);
    values = perRole((each) =>
      scenario.scoring[each].map((rule) => metricValue(rule.metric, market, books, scenario)),
    );
    STARTING_VALUES.set(scenario, values);
  }
  return values[role];
}

/**
 * The share of the game a live score is read at: rounds resolved over rounds played. Every score the
 * game publishes, and every projection of one, reads its targets at this share (see mappingAt), so a
 * score and its projection are on one scale only if both say how many rounds will have resolved.
 */
export function scoringProgress(resolvedRounds: number, rounds: number): number {
  return Math.min(1, Math.max(0, resolvedRounds / Math.max(1, rounds)));
}

/**
 * How far a rule's end target and scale stretch for a game of `gameRounds` (rules.ts, `perRoundPlayed`):
 * in proportion to the rounds played against the scenario's, for a total summed over the rounds; 1 for
 * anything else.
 */
function lengthFactor(rule: ScoreComponentRule, scenario: Scenario, gameRounds: number): number {
  return rule.mapping.perRoundPlayed ? Math.max(1, gameRounds) / Math.max(1, scenario.rounds) : 1;
}

/** A rule's end target for a game of its length: a summed total's stretches from its first-day value. */
function endTarget(rule: ScoreComponentRule, start: number, length: number): number {
  return length === 1 ? rule.mapping.target : start + (rule.mapping.target - start) * length;
}

/** A rule's target after a share of the game (see mappingAt). */
function targetAt(rule: ScoreComponentRule, start: number, progress: number, length = 1): number {
  const end = endTarget(rule, start, length);
  if (progress >= 1 || rule.mapping.shape === 'closerIsBetter') return end;
  const share = Math.max(0, progress);
  return start + (end - start) * share;
}

/**
 * The mapping in force after a share of the game: a rule's target is where a middling game *ends*, so
 * while the game is under way the target moves in a straight line from the first day's value to it.
 * Everyone starts even (a component at its starting value scores 50) and a middling game stays near 50
 * throughout, instead of a fund looking poor in week one for not having earned six weeks' return yet.
 */
export function mappingAt(
  rule: ScoreComponentRule,
  scenario: Scenario,
  progress: number,
  gameRounds = scenario.rounds,
): ScoreMapping {
  const length = lengthFactor(rule, scenario, gameRounds);
  if (length === 1 && (progress >= 1 || rule.mapping.shape === 'closerIsBetter')) return rule.mapping;
  const start = metricValue(rule.metric, initialMarket(scenario), initialBooks(scenario), scenario);
  return {
    ...rule.mapping,
    target: targetAt(rule, start, progress, length),
    scale: rule.mapping.scale * length,
  };
}

/**
 * A role's total, and its components when `components` is given to collect them. One loop for both, so
 * a bot's projected score (which needs only the total) is the very number the score card shows.
 */
function scoreRole(
  role: RoleId,
  market: MarketState,
  books: Books,
  scenario: Scenario,
  progress: number,
  gameRounds: number,
  components?: ScoreComponent[],
): number {
  const rules = scenario.scoring[role];
  const starts = startingValuesOf(role, scenario);
  let weights = 0;
  let weighted = 0;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index]!;
    const value = metricValue(rule.metric, market, books, scenario);
    const length = lengthFactor(rule, scenario, gameRounds);
    const target = targetAt(rule, starts[index]!, progress, length);
    const reach = metricReach(rule.metric, books, scenario);
    const score = scoreOnLine(value, rule.mapping.shape, target, rule.mapping.scale * length, reach);
    weights += rule.weight;
    weighted += rule.weight * score;
    components?.push({ id: rule.id, weight: rule.weight, metric: rule.metric, value, score });
  }
  return clampScore(weights > 0 ? weighted / weights : 50);
}

/**
 * One role's score card. `progress` is the share of the game's rounds already resolved, 0–1; it defaults
 * to 1, the end of the game, where the scenario's targets apply as written. `gameRounds` is the length of
 * the game being scored (the scenario's by default): totals summed over the rounds played are read
 * against targets stretched to it (rules.ts, `perRoundPlayed`).
 */
export function scoreCardFor(
  role: RoleId,
  market: MarketState,
  books: Books,
  scenario: Scenario,
  progress = 1,
  gameRounds = scenario.rounds,
): ScoreCard {
  const components: ScoreComponent[] = [];
  const total = scoreRole(role, market, books, scenario, progress, gameRounds, components);
  return { total, components };
}

/** One role's total score alone (what scoreCardFor(…).total reads), without the breakdown. */
export function scoreTotalFor(
  role: RoleId,
  market: MarketState,
  books: Books,
  scenario: Scenario,
  progress = 1,
  gameRounds = scenario.rounds,
): number {
  return scoreRole(role, market, books, scenario, progress, gameRounds);
}

/**
 * Every role's live score, 0–100, with its breakdown. Pure and cheap: the engine rescores on every tick.
 * `progress` (optional) is the share of rounds resolved so far, e.g. `reports.length / rounds`; without it
 * the end-of-game targets apply. `gameRounds` is the game's length (the scenario's by default).
 */
export function scoreCards(
  market: MarketState,
  books: Books,
  scenario: Scenario,
  progress = 1,
  gameRounds = scenario.rounds,
  held?: PerRole<ScoreCard>,
): PerRole<ScoreCard> {
  const cards = perRole((role) => {
    const card = scoreCardFor(role, market, books, scenario, progress, gameRounds);
    // A rescoring that changes nothing keeps the card held: what reads it (views, their patches) finds it
    // unchanged by identity, and the young generation's collections copy no new equal card.
    const was = held?.[role];
    return was && sameData(card, was) ? was : card;
  });
  return held && ROLE_IDS.every((role) => cards[role] === held[role]) ? held : cards;
}
