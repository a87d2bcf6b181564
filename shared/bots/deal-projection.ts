import { sameData } from '../plain-data.ts';
import type { Term } from '../protocol/deals.ts';
import type { MoveSheet } from '../protocol/moves.ts';
import { type BotContext, remembered } from './context.ts';
import { complying, plannedSheet, projectScore } from './projection.ts';
import { myDealsInForce } from './reading.ts';

/**
 * A deal weighed by its projection (projection.ts): the bot's projected score if it signs the terms now,
 * and if it does not. Its answers to proposals and the terms it names in private both ask this.
 */

/**
 * How many rounds a deal is projected over: a hard bot sees that a deal's terms hold beyond this round,
 * an easy bot only the round in hand. A sheet is played for one round, so it is projected over one.
 */
export function dealHorizonOf(context: BotContext): number {
  return context.profile.level === 'hard' ? 2 : 1;
}

/** Terms a decision has projected signed, and the score it projected. */
export interface WeighedTerms {
  terms: readonly Term[];
  score: number;
}

/**
 * Projected score with and without a deal: the bot plays its own rule sheet either way, brought in
 * line with the deal's terms when it signs. Both projections share the same dice.
 */
export function projectDeal(
  context: BotContext,
  terms: readonly Term[],
  rounds = dealHorizonOf(context),
): { withDeal: number; withoutDeal: number } {
  const { scenario, role } = context;
  const base = remembered(context, 'dealBase', () =>
    complying(
      plannedSheet(context).move as MoveSheet,
      myDealsInForce(context.view, role).flatMap((deal) => deal.terms),
      scenario,
    ),
  );
  const withoutDeal = remembered(context, `withoutDeal:${rounds}`, () =>
    projectScore(context, { own: base, rounds, purpose: 'deal' }),
  );
  // The same terms come up more than once in one decision (an offer answered in private and on the table).
  const weighed = remembered(context, `withDeal:${rounds}`, () => [] as WeighedTerms[]);
  let withDeal = weighed.find((entry) => sameData(entry.terms, terms))?.score;
  if (withDeal === undefined) {
    withDeal = projectScore(context, {
      own: complying(base, terms, scenario),
      newTerms: terms,
      rounds,
      purpose: 'deal',
    });
    weighed.push({ terms, score: withDeal });
  }
  return { withDeal, withoutDeal };
}
