import { netTreasurySalesBn } from '../market/net-sales.ts';
import type { Headline } from '../market/types.ts';
import { ROLE_IDS } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ClassTable } from './class.ts';

/**
 * Discussion questions drawn from what happened. Each rule below finds candidate events in the tables
 * and weighs how telling each is; the most telling of each kind comes first, then the rest by weight,
 * so a class of seven tables gets a handful of varied questions rather than seven about one thing.
 * A question is an i18n key (`debrief.question.<kind>`) with its parameters: the screens word it.
 */
export const QUESTION_KINDS = [
  'tokyoSale',
  'breach',
  'backstop',
  'panicPeak',
  'tariffClimbDown',
  'noDeal',
  'scoreSpread',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface DiscussionQuestion {
  kind: QuestionKind;
  /** How telling the event is; larger first. */
  weight: number;
  question: Headline;
}

/** The smallest net sale ($bn in a round) worth a question: a quarter of the largest sheet allows. */
const SALE_WORTH_ASKING_BN = 25;
/** Panic points above the starting level that make a peak worth asking about. */
const PANIC_RISE_WORTH_ASKING = 5;
/** A cut of this many tariff points in one round is a climb-down. */
const CLIMB_DOWN_POINTS = 10;
/** Points between one role's best and worst table that make a comparison worth asking about. */
const SCORE_SPREAD_WORTH_ASKING = 15;
/** Questions a debrief shows unless asked for another number. */
export const DEFAULT_QUESTION_COUNT = 5;

const ask = (kind: QuestionKind, weight: number, params: Headline['params']): DiscussionQuestion => ({
  kind,
  weight,
  question: { key: `debrief.question.${kind}`, ...(params ? { params } : {}) },
});

function tokyoSales(tables: readonly ClassTable[], scenario: Scenario): DiscussionQuestion[] {
  return tables.flatMap(({ label, debrief }) =>
    debrief.sheets.flatMap(({ round, sheets }) => {
      const amountBn = netTreasurySalesBn(sheets.tokyo, scenario.model);
      return amountBn >= SALE_WORTH_ASKING_BN
        ? [ask('tokyoSale', amountBn / SALE_WORTH_ASKING_BN, { table: label, round, amountBn })]
        : [];
    }),
  );
}

function breaches(tables: readonly ClassTable[]): DiscussionQuestion[] {
  return tables.flatMap(({ label, debrief }) =>
    debrief.breaches.map((breach) =>
      ask('breach', 3, { table: label, role: breach.role, round: breach.round, term: breach.term.kind }),
    ),
  );
}

function backstops(tables: readonly ClassTable[]): DiscussionQuestion[] {
  return tables.flatMap(({ label, debrief }) =>
    debrief.timeline
      .filter((round) => round.backstop)
      .map((round) => ask('backstop', 3, { table: label, round: round.round })),
  );
}

function panicPeaks(tables: readonly ClassTable[]): DiscussionQuestion[] {
  return tables.flatMap(({ label, debrief }) => {
    const start = debrief.marketPath[0]?.panic ?? debrief.panicPeak.panic;
    const rise = debrief.panicPeak.panic - start;
    if (rise < PANIC_RISE_WORTH_ASKING) return [];
    return [
      ask('panicPeak', rise / PANIC_RISE_WORTH_ASKING, {
        table: label,
        round: debrief.panicPeak.round,
        panic: Math.round(debrief.panicPeak.panic),
      }),
    ];
  });
}

function climbDowns(tables: readonly ClassTable[]): DiscussionQuestion[] {
  return tables.flatMap(({ label, debrief }) =>
    debrief.sheets.slice(1).flatMap((played, index) => {
      const before = debrief.sheets[index]!.sheets.whiteHouse.tariffPct;
      const after = played.sheets.whiteHouse.tariffPct;
      return before - after >= CLIMB_DOWN_POINTS
        ? [
            ask('tariffClimbDown', (before - after) / 5, {
              table: label,
              round: played.round,
              from: before,
              to: after,
            }),
          ]
        : [];
    }),
  );
}

/** A table without a deal is telling only beside tables that reached one. */
function noDeals(tables: readonly ClassTable[]): DiscussionQuestion[] {
  if (!tables.some(({ debrief }) => debrief.deals.length > 0)) return [];
  return tables
    .filter(({ debrief }) => debrief.ended && debrief.deals.length === 0)
    .map(({ label }) => ask('noDeal', 2, { table: label }));
}

function scoreSpreads(tables: readonly ClassTable[]): DiscussionQuestion[] {
  if (tables.length < 2) return [];
  return ROLE_IDS.flatMap((role) => {
    const scored = tables.flatMap(({ label, debrief }) => {
      const score = debrief.finalScores[role];
      return score === null ? [] : [{ label, score }];
    });
    if (scored.length < 2) return [];
    const high = scored.reduce((best, entry) => (entry.score > best.score ? entry : best));
    const low = scored.reduce((worst, entry) => (entry.score < worst.score ? entry : worst));
    const spread = high.score - low.score;
    if (spread < SCORE_SPREAD_WORTH_ASKING) return [];
    return [
      ask('scoreSpread', spread / 10, {
        role,
        high: high.label,
        highScore: high.score,
        low: low.label,
        lowScore: low.score,
      }),
    ];
  });
}

/** The most telling questions: the best of each kind first, then the rest, each group by weight. */
export function discussionQuestions(
  tables: readonly ClassTable[],
  scenario: Scenario,
  count = DEFAULT_QUESTION_COUNT,
): DiscussionQuestion[] {
  const candidates = [
    ...tokyoSales(tables, scenario),
    ...breaches(tables),
    ...backstops(tables),
    ...panicPeaks(tables),
    ...climbDowns(tables),
    ...noDeals(tables),
    ...scoreSpreads(tables),
  ];
  // A stable sort: equal weights keep the tables' and rounds' order.
  const byWeight = [...candidates].sort((a, b) => b.weight - a.weight);
  const firstOfKind = QUESTION_KINDS.flatMap((kind) => {
    const best = byWeight.find((candidate) => candidate.kind === kind);
    return best ? [best] : [];
  }).sort((a, b) => b.weight - a.weight);
  const rest = byWeight.filter((candidate) => !firstOfKind.includes(candidate));
  return [...firstOfKind, ...rest].slice(0, count);
}
