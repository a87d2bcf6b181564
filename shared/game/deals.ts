import { reactToDeal } from '../market/deal-reaction.ts';
import type { Headline } from '../market/types.ts';
import { extended, mappedList } from '../plain-data.ts';
import type { ProposalTerms, Term } from '../protocol/deals.ts';
import { signatoriesOf } from '../protocol/deals.ts';
import type { RoleId } from '../roles.ts';
import { complyWith } from './deal-terms.ts';
import { gameWith } from './game-copies.ts';
import { nextId } from './ids.ts';
import { addNews, addNewsItems } from './news.ts';
import type { Deal, GameContext, Proposal, ProposalStatus } from './state.ts';

/**
 * Deals whose terms bind the sheets of a round (the current one unless said): the one statement of
 * "in force". A deal signed in round r for d rounds binds the sheets of rounds r … r + d − 1
 * (`fromRound` … `untilRound`), so a deal signed in decide binds the sheet being handed in; it expires at
 * the resolution of its last round, and a breached deal binds no more. Takes a state or a view alike.
 */
export function dealsInForce(
  game: { readonly deals: readonly Deal[]; readonly round: number },
  round = game.round,
): Deal[] {
  return game.deals.filter(
    (deal) => deal.status === 'inForce' && deal.fromRound <= round && round <= deal.untilRound,
  );
}

/** How many of these deals Tokyo has signed (the model excuses a tariff cut traded with Japan). */
export function signedByTokyo(deals: readonly Deal[]): number {
  return deals.filter((deal) => deal.signatories.includes('tokyo')).length;
}

/**
 * The promises the market has already priced: the terms of deals binding this round or that bound the
 * last one (a deal renewed as it lapses is no news), breached ones excepted. A new deal moves markets only
 * by what it adds to these (market/deal-reaction.ts). Takes a state or a view alike.
 */
export function termsPricedIn(game: { readonly deals: readonly Deal[]; readonly round: number }): Term[] {
  return game.deals
    .filter(
      (deal) =>
        deal.status !== 'breached' && deal.fromRound <= game.round && game.round - 1 <= deal.untilRound,
    )
    .flatMap((deal) => deal.terms);
}

/** The rounds a proposal stays open for: made in round r, it lapses at the resolution of round r + 1. */
const OPEN_FOR_ROUNDS = 1;

export function propose(
  game: GameContext,
  proposer: RoleId,
  terms: ProposalTerms,
  at: number,
  counterTo?: string,
): [Proposal, GameContext] {
  const [id, withId] = nextId(game, 'p');
  const proposal: Proposal = extended(terms, {
    id,
    proposer,
    signatories: signatoriesOf(terms.terms, proposer),
    // Proposing is signing: the author is bound by its own offer.
    signedBy: [proposer],
    status: 'open' as const,
    round: game.round,
    at,
    ...(counterTo ? { counterTo } : {}),
  });
  let proposals = extended(withId.proposals, { [id]: proposal });
  if (counterTo) {
    const original = proposals[counterTo];
    if (original) proposals = { ...proposals, [counterTo]: closed(original, 'countered', proposer) };
  }
  return [proposal, gameWith(withId, { proposals })];
}

export function closeProposal(
  game: GameContext,
  proposalId: string,
  status: 'rejected' | 'withdrawn',
  by: RoleId,
): GameContext {
  const proposal = game.proposals[proposalId];
  if (!proposal) return game;
  return gameWith(game, { proposals: { ...game.proposals, [proposalId]: closed(proposal, status, by) } });
}

function closed(proposal: Proposal, status: ProposalStatus, by: RoleId): Proposal {
  return extended(proposal, { status, closedBy: by });
}

/** A signature; the last one turns the proposal into a deal in force from this round. */
export function sign(
  game: GameContext,
  proposalId: string,
  role: RoleId,
  at: number,
): [Deal | null, GameContext] {
  const proposal = game.proposals[proposalId];
  if (!proposal) return [null, game];
  const signedBy = [...proposal.signedBy, role];
  const complete = proposal.signatories.every((party) => signedBy.includes(party));
  const signed: Proposal = { ...proposal, signedBy, status: complete ? 'signed' : 'open' };
  let next: GameContext = gameWith(game, { proposals: { ...game.proposals, [proposalId]: signed } });
  if (!complete) return [null, next];

  const [dealId, withId] = nextId(next, 'd');
  const deal: Deal = {
    id: dealId,
    proposalId,
    terms: proposal.terms,
    signatories: proposal.signatories,
    signedAt: at,
    fromRound: game.round,
    untilRound: game.round + proposal.durationRounds - 1,
    status: 'inForce',
  };
  const params = withId.config.scenario.model;
  const standingMoves = deal.terms.reduce(
    (moves, term) => complyWith(term, moves, params),
    withId.standingMoves,
  );
  // A sheet already handed in this round is brought into line too: signing is a promise for this round.
  const submittedNow = deal.terms.reduce((moves, term) => complyWith(term, moves, params), {
    ...standingMoves,
    ...withId.submitted,
  });
  const submitted = Object.fromEntries(
    Object.keys(withId.submitted).map((role) => [role, submittedNow[role as RoleId]]),
  ) as GameContext['submitted'];
  const market = reactToDeal(withId.market, deal.terms, withId.config.scenario.model, termsPricedIn(game));
  next = gameWith(withId, { deals: [...withId.deals, deal], standingMoves, submitted, market });
  const headline: Headline = {
    key: 'news.dealSigned',
    params: { parties: deal.signatories.join(', '), rounds: proposal.durationRounds },
  };
  return [deal, addNews(next, headline, at)];
}

/**
 * A deal with a new status, its fields written out as `sign` writes them: a spread copy took a hidden class
 * of its own, met first when a batch's first deal was broken (game 368 of `--seed 42`), and every optimised
 * function that reads deals was then thrown away and compiled again.
 */
export function dealWithStatus(deal: Deal, status: Deal['status']): Deal {
  return {
    id: deal.id,
    proposalId: deal.proposalId,
    terms: deal.terms,
    signatories: deal.signatories,
    signedAt: deal.signedAt,
    fromRound: deal.fromRound,
    untilRound: deal.untilRound,
    status,
  };
}

/**
 * At resolution: proposals left open since last round lapse; deals past their last round expire, each with a
 * headline, since what a deal held up stops with it (the White House's approval counts deals with Tokyo in
 * force, and a tariff cut kept without one reads as a climb-down): a player whose score falls the round a
 * deal runs out can see why.
 */
export function expireAtResolution(game: GameContext, at: number): GameContext {
  const proposals = Object.fromEntries(
    Object.entries(game.proposals).map(([id, proposal]) => [
      id,
      proposal.status === 'open' && proposal.round + OPEN_FOR_ROUNDS <= game.round
        ? { ...proposal, status: 'expired' as const }
        : proposal,
    ]),
  );
  const runningOut = (deal: Deal) => deal.status === 'inForce' && deal.untilRound <= game.round;
  const deals = mappedList(game.deals, (deal) => (runningOut(deal) ? dealWithStatus(deal, 'expired') : deal));
  const headlines: Headline[] = game.deals.filter(runningOut).map((deal) => ({
    key: 'news.dealExpired',
    params: { deal: deal.id, parties: deal.signatories.join(', '), round: game.round },
  }));
  return addNewsItems(gameWith(game, { proposals, deals }), headlines, at);
}
