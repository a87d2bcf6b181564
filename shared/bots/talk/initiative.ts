import { signatoriesOf } from '../../protocol/deals.ts';
import type { RoleId } from '../../roles.ts';
import type { BotContext } from '../context.ts';
import { alreadySettled, playbook, refusedLastRound } from '../negotiation.ts';
import type { BotAction } from '../types.ts';
import { signsWithRoom } from './terms.ts';
import { offerOf, privateMessage } from './words.ts';

/**
 * A bot opens a private conversation when it sees a deal worth making: in the negotiate phase, once a
 * round, with each counterpart its own offer binds, when that offer passes its own signing test with
 * room to spare, is not already won and was not refused last round. It names the very offer it then
 * puts on the table, so the other side (a person or a bot) can propose or sign it as it stands.
 */
export function openings(context: BotContext): BotAction[] {
  const { view, role } = context;
  if (view.phase !== 'negotiate') return [];
  const offer = playbook(context).proposal(context);
  if (
    !offer ||
    alreadySettled(context, offer.proposal.terms) ||
    refusedLastRound(context, offer.proposal.terms)
  )
    return [];
  const actions: BotAction[] = [];
  for (const counterpart of signatoriesOf(offer.proposal.terms, role)) {
    if (counterpart === role || openedThisRound(context, counterpart)) continue;
    if (!signsWithRoom(context, counterpart, offer.proposal.terms)) continue;
    actions.push(
      privateMessage(
        [counterpart],
        { key: 'talk.offer.open', intent: offerOf(offer.proposal) },
        { key: 'bot.talk.open' },
      ),
    );
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
          message.from === role && message.round === view.round && message.words?.key === 'talk.offer.open',
      ),
  );
}
