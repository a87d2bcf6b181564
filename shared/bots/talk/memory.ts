import type { PlayerView } from '../../game/player-view.ts';
import type { Proposal } from '../../game/state.ts';
import type { RoleId } from '../../roles.ts';
import type { Personality } from '../types.ts';

/**
 * A bot's memory of one counterpart: the promises it kept and broke towards the bot. Derived from the
 * view alone (its deals, the breaches the seat may see, the proposals on record), never stored, so a
 * restarted server brings back the same bot with the same grudges.
 */
export interface CounterpartRecord {
  /** Deals with the bot whose time ran out with every term kept. */
  kept: number;
  /** Rounds in which the counterpart broke a deal with the bot, as far as the bot can see, oldest first. */
  brokenRounds: number[];
  /** The round from which the bot has seen the latest breach (the round after the one that made it public). */
  lastSeenFrom: number | null;
  /** The counterpart signed every proposal the bot put to it (at least two): it never bargains. */
  naive: boolean;
}

export function recordOf(view: PlayerView, me: RoleId, counterpart: RoleId): CounterpartRecord {
  const shared = view.deals.filter(
    (deal) => deal.signatories.includes(me) && deal.signatories.includes(counterpart),
  );
  const sharedIds = new Set(shared.map((deal) => deal.id));
  const broken = view.breaches.filter(
    (breach) => breach.role === counterpart && sharedIds.has(breach.dealId),
  );
  const brokenRounds = [...new Set(broken.map((breach) => breach.round))].sort((a, b) => a - b);
  const seen = broken.map((breach) => Math.min(view.round, breach.publicFromRound + 1));
  const mine = view.proposals.filter(
    (proposal: Proposal) =>
      proposal.proposer === me && proposal.signatories.includes(counterpart) && proposal.status !== 'open',
  );
  return {
    kept: shared.filter((deal) => deal.status === 'expired').length,
    brokenRounds,
    lastSeenFrom: seen.length > 0 ? Math.max(...seen) : null,
    naive: mine.length >= 2 && mine.every((proposal) => proposal.signedBy.includes(counterpart)),
  };
}

/**
 * How a bot treats a counterpart now, by temperament: `punish` signs nothing with it, `press` asks
 * `extraGain` more before signing, `trust` deals as usual.
 * - tit-for-tat mirrors: a breach is answered with refusals for `MIRROR_ROUNDS` rounds, then forgiven;
 * - a hawk never forgives a breach;
 * - a dove forgives the first breach, and one more for each deal the counterpart has kept to its end
 *   (a record of kept promises buys patience), and punishes past that;
 * - an opportunist never refuses a deal on principle: it presses a breaker (who needs the deal more) and
 *   a naive counterpart (who signs anything) for more.
 */
export type Stance =
  | { kind: 'trust' }
  | { kind: 'punish'; brokenInRound: number }
  | { kind: 'press'; extraGain: number; brokenInRound: number | null };

/** How long tit-for-tat answers a breach with refusals: the round it learns of it and the next. */
export const MIRROR_ROUNDS = 2;
/** How many breaches a dove forgives a counterpart that has kept no deal with it to its end. */
export const DOVE_FORGIVES = 1;
/** What an opportunist adds to the gain it asks of a breaker or of a counterpart that signs anything. */
export const PRESS_GAIN = 1;

export function stanceTowards(
  view: PlayerView,
  me: RoleId,
  personality: Personality,
  counterpart: RoleId,
): Stance {
  if (counterpart === me) return { kind: 'trust' };
  const record = recordOf(view, me, counterpart);
  const last = record.brokenRounds[record.brokenRounds.length - 1];
  switch (personality) {
    case 'titForTat':
      return last !== undefined &&
        record.lastSeenFrom !== null &&
        view.round < record.lastSeenFrom + MIRROR_ROUNDS
        ? { kind: 'punish', brokenInRound: last }
        : { kind: 'trust' };
    case 'hawk':
      return last !== undefined ? { kind: 'punish', brokenInRound: last } : { kind: 'trust' };
    case 'dove':
      return record.brokenRounds.length > DOVE_FORGIVES + record.kept && last !== undefined
        ? { kind: 'punish', brokenInRound: last }
        : { kind: 'trust' };
    case 'opportunist':
      if (last !== undefined) return { kind: 'press', extraGain: PRESS_GAIN, brokenInRound: last };
      return record.naive ? { kind: 'press', extraGain: PRESS_GAIN, brokenInRound: null } : { kind: 'trust' };
  }
}
