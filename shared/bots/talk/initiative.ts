import { type ProposalTerms, signatoriesOf } from '../../protocol/deals.ts';
import type { RoleId } from '../../roles.ts';
import type { BotContext } from '../context.ts';
import type { BotAction } from '../types.ts';
import { offerOf, privateMessage } from './words.ts';

/**
 * A bot opens a private conversation when it sees a deal worth making, and a deal worth making goes on
 * the table once, as its proposal (`makeProposal`). The message that opens talks comes after it and
 * repeats its offer, which the engine records as a link to the proposal (`proposalId`,
 * shared/game/offer-link.ts), so the other side reads the terms once, in the deal list, and hears in
 * private that they are there. In the negotiate phase, once a round, to each other party of the proposal
 * the bot makes now (`proposing`, sent before this message) or of its open proposal of this round.
 */
export function openings(context: BotContext, proposing: ProposalTerms | null): BotAction[] {
  const { view, role } = context;
  if (view.phase !== 'negotiate') return [];
  const offers: ProposalTerms[] = proposing ? [proposing] : [];
  for (const proposal of view.proposals)
    if (
      proposal.proposer === role &&
      proposal.round === view.round &&
      proposal.status === 'open' &&
      proposal.counterTo === undefined
    )
      offers.push({ terms: proposal.terms, durationRounds: proposal.durationRounds });
  const actions: BotAction[] = [];
  const told = new Set<RoleId>();
  for (const offer of offers) {
    for (const counterpart of signatoriesOf(offer.terms, role)) {
      if (counterpart === role || told.has(counterpart) || openedThisRound(context, counterpart)) continue;
      told.add(counterpart);
      actions.push(
        privateMessage(
          [counterpart],
          { key: 'talk.offer.proposed', intent: offerOf(offer) },
          { key: 'bot.talk.open' },
        ),
      );
    }
  }
  return actions;
}

/** Whether the bot has already opened talks with `counterpart` this round (answers do not count). */
function openedThisRound(context: BotContext, counterpart: RoleId): boolean {
  const { view, role } = context;
  return view.channels.some(
    (channel) =>
      channel.members.includes(counterpart) &&
      channel.messages.some(
        (message) =>
          message.from === role &&
          message.round === view.round &&
          (message.words?.key === 'talk.offer.proposed' || message.words?.key === 'talk.offer.open'),
      ),
  );
}
