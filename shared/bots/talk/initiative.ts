import type { Proposal } from '../../game/state.ts';
import type { RoleId } from '../../roles.ts';
import type { BotContext } from '../context.ts';
import type { BotAction } from '../types.ts';
import { privateMessage } from './words.ts';

/**
 * A bot opens a private conversation when it sees a deal worth making, and a deal worth making goes on
 * the table once, as its proposal (`makeProposal`): the message that opens talks links that proposal
 * (`proposalId`) instead of offering the same terms a second time, so the other side reads the offer
 * once, in the deal list, and hears in private that it is there. In the negotiate phase, once a round,
 * to each other party of each open proposal the bot made this round (counters answer a proposal and are
 * not openings).
 */
export function openings(context: BotContext): BotAction[] {
  const { view, role } = context;
  if (view.phase !== 'negotiate') return [];
  const actions: BotAction[] = [];
  for (const proposal of view.proposals) {
    if (proposal.proposer !== role || proposal.round !== view.round || proposal.status !== 'open') continue;
    if (proposal.counterTo !== undefined) continue;
    for (const counterpart of proposal.signatories) {
      if (counterpart === role || openedThisRound(context, counterpart)) continue;
      actions.push(
        privateMessage(
          [counterpart],
          {
            key: 'talk.offer.proposed',
            params: { proposal: proposal.id },
            intent: linkTo(proposal),
          },
          { key: 'bot.talk.open' },
        ),
      );
    }
  }
  return actions;
}

/** An offer that points to the proposal carrying its terms. */
function linkTo(proposal: Proposal) {
  return {
    kind: 'offer' as const,
    proposal: { terms: proposal.terms, durationRounds: proposal.durationRounds },
    proposalId: proposal.id,
  };
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
