import type { PrivateMessageRecord } from '../../game/state.ts';
import type { Headline } from '../../market/types.ts';
import type { ProposalTerms } from '../../protocol/deals.ts';
import type { Intent, TalkKey } from '../../protocol/talk.ts';
import { talkText } from '../../protocol/talk.ts';
import type { RoleId } from '../../roles.ts';
import type { BotAction } from '../types.ts';

/** What a bot says in private: talk-book words, the intent they carry, and the offer if any. */
export interface Said {
  key: TalkKey;
  params?: Record<string, string | number>;
  intent?: Intent;
}

export const offerOf = (proposal: ProposalTerms): Intent => ({ kind: 'offer', proposal });

/**
 * A private message as a command: its English text written by the protocol's one rule (`talkText`),
 * so the message passes the schema that checks it. `reason` is the one line shown in the debrief.
 */
export function privateMessage(
  to: readonly RoleId[],
  said: Said,
  reason: Headline,
  inReplyTo?: PrivateMessageRecord,
): BotAction {
  const words = said.params ? { key: said.key, params: said.params } : { key: said.key };
  const text = talkText(words, said.intent);
  if (text === null) throw new Error(`talk-book words ${said.key} do not fit their message`);
  return {
    command: {
      type: 'chat:private',
      message: {
        to: [...to],
        text,
        words,
        ...(said.intent ? { intent: said.intent } : {}),
        ...(inReplyTo ? { inReplyTo: inReplyTo.id } : {}),
      },
    },
    reason,
    // One answer per message, one opening per conversation: the terms in them may move with a tick.
    once: inReplyTo ? `answer:${inReplyTo.id}` : `talk:${to.join('+')}`,
  };
}
