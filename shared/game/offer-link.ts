import { recordValues, sameData } from '../plain-data.ts';
import type { ProposalTerms } from '../protocol/deals.ts';
import type { Intent } from '../protocol/talk.ts';
import type { RoleId } from '../roles.ts';
import type { Proposal } from './state.ts';

type Table = { readonly proposals: Readonly<Record<string, Proposal>>; readonly round: number };

/**
 * An offer in private that repeats a proposal its sender already has on the table is that proposal, not a
 * second offer: the one rule that links the two. The proposal must be the sender's, still open, made this
 * round (not a counter), with the very terms and duration the message attaches.
 */
export function offerRepeats(proposal: Proposal, from: RoleId, offer: ProposalTerms, round: number): boolean {
  return (
    proposal.proposer === from &&
    proposal.status === 'open' &&
    proposal.round === round &&
    proposal.counterTo === undefined &&
    proposal.durationRounds === offer.durationRounds &&
    sameData(proposal.terms, offer.terms)
  );
}

/** The sender's open proposal that `offer` repeats, if any. */
export function proposalOfOffer(game: Table, from: RoleId, offer: ProposalTerms): Proposal | undefined {
  return recordValues(game.proposals).find((proposal) => offerRepeats(proposal, from, offer, game.round));
}

/** The intent as it is recorded: an offer that repeats the sender's open proposal carries its id. */
export function linkedIntent(game: Table, from: RoleId, intent: Intent): Intent {
  if (intent.kind !== 'offer' || intent.proposalId !== undefined) return intent;
  const proposal = proposalOfOffer(game, from, intent.proposal);
  return proposal ? { ...intent, proposalId: proposal.id } : intent;
}
