import { reportCoversThrough, reportRevealingRound } from '../market/holdings-report.ts';
import type { MarketState } from '../market/types.ts';
import type { Term } from '../protocol/deals.ts';
import type { RoleId } from '../roles.ts';
import { scoreDisclosureOf } from '../scoring/publication.ts';
import type { Breach, GameState } from './state.ts';

/**
 * When a hidden move becomes public. Tariffs, pledges and notes are announced, so a breach of them is public
 * at the resolution of the round it was played in. A Treasury sale or a yen intervention is not (both are
 * paid from reserves, and no headline names either): others learn of them, and of a broken "no net sales"
 * promise, only from the lagged holdings report that covers their round. The round's resolution (which
 * counts what goes public) and every seat's view ask these functions, never the lag.
 */

/** A breach that only the holdings report can reveal. */
export function isHiddenBreach(term: Term): boolean {
  return term.kind === 'noNetSales';
}

/** The round whose resolution makes a breach of `term` played in `round` public. */
export function breachPublicFromRound(term: Term, round: number, lagRounds: number): number {
  return isHiddenBreach(term) ? reportRevealingRound(round, lagRounds) : round;
}

/** Whether the report published with this market has revealed the breach (a public breach: always). */
export function breachIsPublic(breach: Breach, market: Pick<MarketState, 'reportedAsOfRound'>): boolean {
  return !isHiddenBreach(breach.term) || market.reportedAsOfRound >= breach.round;
}

/**
 * Breaches that become public at the resolution of `round`: new public ones, and hidden ones whose round
 * the report published at this resolution newly covers.
 */
export function breachesGoingPublic(
  breaches: readonly Breach[],
  round: number,
  reportedBefore: number,
  lagRounds: number,
): Breach[] {
  const reportedAfter = { reportedAsOfRound: reportCoversThrough(round, lagRounds) };
  return breaches.filter((breach) =>
    isHiddenBreach(breach.term)
      ? breach.round > reportedBefore && breachIsPublic(breach, reportedAfter)
      : breach.round === round,
  );
}

/**
 * How far others may see `role`'s score now. A score reading Tokyo's actual holdings is public as of the
 * round the holdings report covers (0: the first day's, before any report); one reading a position no
 * report reveals (shared/scoring/publication.ts) is not shown at all until the end: a first-day figure
 * in its place would read like a live one. At the end, every score is live.
 */
export type ScorePublicity =
  | { kind: 'live' }
  | { kind: 'asOfRound'; round: number }
  | { kind: 'hidden'; until: 'end' };

export function scorePublicityOf(
  role: RoleId,
  game: Pick<GameState, 'phase' | 'market' | 'config'>,
): ScorePublicity {
  if (game.phase === 'ended') return { kind: 'live' };
  switch (scoreDisclosureOf(role, game.config.scenario)) {
    case 'live':
      return { kind: 'live' };
    case 'holdingsReport':
      return { kind: 'asOfRound', round: game.market.reportedAsOfRound };
    case 'end':
      return { kind: 'hidden', until: 'end' };
  }
}

/** Whether others may see `role`'s score in the report of `round` (public: now, or as of a later round). */
export function reportScoreIsPublic(publicity: ScorePublicity, round: number): boolean {
  switch (publicity.kind) {
    case 'live':
      return true;
    case 'asOfRound':
      return round <= publicity.round;
    case 'hidden':
      return false;
  }
}
