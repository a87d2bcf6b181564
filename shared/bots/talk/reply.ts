import type { PrivateMessageRecord, Proposal } from '../../game/state.ts';
import type { Books, Headline } from '../../market/types.ts';
import { sameData } from '../../plain-data.ts';
import { type ProposalTerms, signatoriesOf } from '../../protocol/deals.ts';
import { owesAnswer, type TalkKey } from '../../protocol/talk.ts';
import type { RoleId } from '../../roles.ts';
import type { BotContext } from '../context.ts';
import { answerReason, signingTest } from '../negotiation.ts';
import { ownSeat } from '../reading.ts';
import type { BotAction } from '../types.ts';
import { termsToName } from './terms.ts';
import { offerOf, privateMessage, type Said } from './words.ts';

/**
 * A bot answers every private message put to it, once: a message from another member of one of its
 * conversations that is owed an answer (`owesAnswer`: not a talk-book answer, so two bots never talk in a
 * loop, but a person's reply to a specific message is answered). What it says follows what it does:
 * terms it names pass the same test it signs proposals by.
 */
export function replies(context: BotContext): BotAction[] {
  const { view, role } = context;
  const actions: BotAction[] = [];
  for (const channel of view.channels) {
    const answered = new Set(
      channel.messages.filter((message) => message.from === role).map((message) => message.inReplyTo),
    );
    for (const message of channel.messages) {
      if (message.from === role || !owesAnswer(message) || answered.has(message.id)) continue;
      const to = channel.members.filter((member) => member !== role);
      const { said, reason } = answerTo(context, message);
      actions.push(privateMessage(to, said, reason, message));
    }
  }
  return actions;
}

interface Answer {
  said: Said;
  reason: Headline;
}

function answerTo(context: BotContext, message: PrivateMessageRecord): Answer {
  const intent = message.intent;
  switch (intent?.kind) {
    case 'offer':
      return answerOffer(context, message.from, intent.proposal, intent.proposalId);
    case 'warn':
      return answerWarning(context);
    case 'reassure':
      return {
        said: { key: 'talk.reassure.noted', intent: { kind: 'reassure' } },
        reason: { key: 'bot.talk.noted' },
      };
    case 'askTreasury':
      return answerTreasury(context);
    case 'coordinate':
      return answerCoordination(context, intent.against);
    default:
      // Free text, a refusal or a question about terms: the bot names what it would sign now.
      return nameTerms(context, message.from);
  }
}

function breachRefusal(round: number): Answer {
  return {
    said: { key: 'talk.refuse.breached', params: { round }, intent: { kind: 'refuse' } },
    reason: { key: 'bot.talk.punish', params: { round } },
  };
}

function nameTerms(context: BotContext, counterpart: RoleId): Answer {
  const punishing = signingTest(context, counterpart, []).punishing;
  if (punishing !== null) return breachRefusal(punishing);
  const terms = termsToName(context, counterpart);
  if (!terms)
    return {
      said: { key: 'talk.refuse.nothing', intent: { kind: 'refuse' } },
      reason: { key: 'bot.talk.nothing' },
    };
  const signed = signedAlready(context, counterpart, terms);
  if (signed) return signed;
  // A hawk calls its offer final: it would in fact sign less (its walk-away is overstated).
  const hawk = context.profile.personality === 'hawk';
  return {
    said: { key: hawk ? 'talk.offer.final' : 'talk.offer.signNow', intent: offerOf(terms) },
    reason: { key: hawk ? 'bot.talk.bluffFinal' : 'bot.talk.nameTerms' },
  };
}

/**
 * The terms a bot would name are a proposal it has signed already, as the view shows it now: still open on
 * the table (it asks the counterpart to sign it there, not to propose it again), or signed by everyone.
 */
function signedAlready(context: BotContext, counterpart: RoleId, terms: ProposalTerms): Answer | null {
  const { view, role } = context;
  const same = view.proposals.find(
    (proposal) =>
      (proposal.status === 'open' || proposal.status === 'signed') &&
      proposal.signedBy.includes(role) &&
      proposal.signatories.includes(counterpart) &&
      proposal.durationRounds === terms.durationRounds &&
      sameData(proposal.terms, terms.terms),
  );
  if (!same) return null;
  return same.status === 'signed'
    ? {
        said: { key: 'talk.offer.agreed', params: { proposal: same.id } },
        reason: { key: 'bot.talk.agreed' },
      }
    : {
        said: { key: 'talk.offer.signedOnTable', params: { proposal: same.id } },
        reason: { key: 'bot.talk.signedOnTable' },
      };
}

/**
 * The proposal an offer links, as the view shows it now: a link names a proposal that was open when the
 * message was sent, and it may since have been signed, refused or withdrawn.
 */
function linkedProposal(context: BotContext, proposalId: string | undefined): Proposal | undefined {
  return proposalId === undefined
    ? undefined
    : context.view.proposals.find((proposal) => proposal.id === proposalId);
}

const REFUSAL_WORDS: Record<string, TalkKey> = {
  'bot.deal.reject': 'talk.refuse.gain',
  'bot.deal.rejectLoss': 'talk.refuse.loss',
  'bot.deal.rejectCost': 'talk.refuse.cost',
  'bot.deal.rejectAnyLoss': 'talk.refuse.anyLoss',
};

/**
 * An offer is answered as its proposal would be: yes, a counter (the bot's own terms), or no with the rule.
 * An offer that links a proposal already on the table gets "I sign it" rather than "propose it".
 */
function answerOffer(
  context: BotContext,
  counterpart: RoleId,
  proposal: ProposalTerms,
  proposalId: string | undefined,
): Answer {
  if (!signatoriesOf(proposal.terms, counterpart).includes(context.role))
    return nameTerms(context, counterpart);
  const linked = linkedProposal(context, proposalId);
  if (linked?.signedBy.includes(context.role) && (linked.status === 'open' || linked.status === 'signed'))
    return signedAlready(context, counterpart, linked) ?? nameTerms(context, counterpart);
  const test = signingTest(context, counterpart, proposal.terms);
  if (test.punishing !== null) return breachRefusal(test.punishing);
  if (test.signs)
    return {
      // A linked proposal still open is signed where it lies; one closed since must be proposed again.
      said:
        linked?.status === 'open'
          ? { key: 'talk.offer.willSign', params: { proposal: linked.id } }
          : { key: 'talk.offer.yoursWork', intent: offerOf(proposal) },
      reason: answerReason('accept', test.projection, test.needed),
    };
  const mine = termsToName(context, counterpart);
  if (mine)
    return {
      said: { key: 'talk.offer.counter', intent: offerOf(mine) },
      reason: answerReason('reject', test.projection, test.needed),
    };
  const reason = answerReason('reject', test.projection, test.needed);
  return {
    said: {
      key: REFUSAL_WORDS[reason.key] ?? 'talk.refuse.nothing',
      params: reason.params ?? {},
      intent: { kind: 'refuse' },
    },
    reason,
  };
}

/** Hawks and opportunists stand firm against a warning; doves and tit-for-tat lower the temperature. */
function answerWarning(context: BotContext): Answer {
  const firm = context.profile.personality === 'hawk' || context.profile.personality === 'opportunist';
  return firm
    ? {
        said: { key: 'talk.warn.standFirm', intent: { kind: 'warn' } },
        reason: { key: 'bot.talk.standFirm' },
      }
    : { said: { key: 'talk.warn.calm', intent: { kind: 'reassure' } }, reason: { key: 'bot.talk.calm' } };
}

/**
 * Only Tokyo speaks for its Treasuries. A dove or tit-for-tat Tokyo tells the truth; a hawk or an
 * opportunist denies a sale it made (the holdings report may expose it later) and a hawk that has not
 * sold keeps the threat alive.
 */
function answerTreasury(context: BotContext): Answer {
  if (context.role !== 'tokyo')
    return { said: { key: 'talk.treasury.notMine' }, reason: { key: 'bot.talk.notMine' } };
  const book = ownSeat(context.view).book as Books['tokyo'];
  const soldBn = Math.round(book.netSalesBn.reduce((sum, sale) => sum + Math.max(0, sale), 0));
  const { personality } = context.profile;
  const bluffs = personality === 'hawk' || personality === 'opportunist';
  if (soldBn > 0 && bluffs)
    return {
      said: { key: 'talk.treasury.noSales', intent: { kind: 'reassure' } },
      reason: { key: 'bot.talk.denySale', params: { amount: soldBn } },
    };
  if (soldBn > 0)
    return {
      said: { key: 'talk.treasury.sold', params: { amount: soldBn }, intent: { kind: 'warn' } },
      reason: { key: 'bot.talk.admitSale' },
    };
  return personality === 'hawk'
    ? {
        said: { key: 'talk.treasury.notYet', intent: { kind: 'warn' } },
        reason: { key: 'bot.talk.keepThreat' },
      }
    : {
        said: { key: 'talk.treasury.noSales', intent: { kind: 'reassure' } },
        reason: { key: 'bot.talk.truth' },
      };
}

/** Hawks and opportunists join a front against a third role; doves and tit-for-tat deal with each on its merits. */
function answerCoordination(context: BotContext, against: RoleId): Answer {
  const joins = context.profile.personality === 'hawk' || context.profile.personality === 'opportunist';
  return joins
    ? {
        said: { key: 'talk.coordinate.join', intent: { kind: 'coordinate', against } },
        reason: { key: 'bot.talk.joinFront' },
      }
    : {
        said: { key: 'talk.coordinate.decline', intent: { kind: 'refuse' } },
        reason: { key: 'bot.talk.declineFront' },
      };
}
