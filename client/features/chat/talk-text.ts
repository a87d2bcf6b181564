import type { i18n as I18n, TFunction } from 'i18next';
import type { Headline } from '../../../shared/market/types.ts';
import { phraseHeadline } from '../../../shared/protocol/phrases.ts';
import type { Intent, TalkWords } from '../../../shared/protocol/talk.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { looseI18n } from '../../i18n/format.ts';
import { headlineIn, type TextIn, typedTextIn } from '../../i18n/text-language.ts';
import { describeTerm } from '../deals/term-text.ts';
import type { ChatMessage, Conversation } from './conversations.ts';

export function roleName(t: TFunction, role: RoleId): string {
  return t(`roles.${role}.short`);
}

/**
 * Talk-book words in the reader's language: the key's template with the message's params, and the
 * offer's terms written by the client's own term text (never the English of `text`).
 */
export function talkWordsIn(i18n: I18n, t: TFunction, words: TalkWords, intent: Intent | undefined): TextIn {
  const offer = intent?.kind === 'offer' ? intent.proposal : null;
  const params: Record<string, string | number> = { ...(words.params ?? {}) };
  if (offer) {
    params.terms = offer.terms.map((term) => describeTerm(t, term)).join('; ');
    params.rounds = offer.durationRounds;
  }
  return headlineIn(i18n, { key: words.key, params });
}

/** The label of a message's intent: "Ask for terms", "Coordinate against Tokyo". */
export function intentLabel(i18n: I18n, t: TFunction, intent: Intent): string {
  const loose = looseI18n(i18n);
  return intent.kind === 'coordinate'
    ? loose.t('talk.coordinateAgainst', { role: roleName(t, intent.against) })
    : loose.t(`talk.intents.${intent.kind}`);
}

/** A message's words as its reader sees them: talk-book words, a phrase-book statement, or typed text. */
export function messageTextIn(
  i18n: I18n,
  t: TFunction,
  headline: (headline: Headline) => TextIn,
  message: ChatMessage,
): TextIn {
  if (message.words) return talkWordsIn(i18n, t, message.words, message.intent);
  if (message.phrase) return headline(phraseHeadline({ ...message, phrase: message.phrase }));
  return typedTextIn(message.text, i18n.language);
}

/** Longest quote of an answered message; past it the quote ends with "…". */
const QUOTE_CHARS = 60;

/**
 * What a message answers, in a few words: the answered message's intent ("Ask for terms") when it has
 * one, else a short quote of it in the reader's language.
 */
export function answeredWhat(
  i18n: I18n,
  t: TFunction,
  headline: (headline: Headline) => TextIn,
  answered: ChatMessage,
): string {
  if (answered.intent) return intentLabel(i18n, t, answered.intent);
  const { text } = messageTextIn(i18n, t, headline, answered);
  const quote = text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : text;
  return `“${quote}”`;
}

/** The message `message` answers, in the same conversation (a statement's `replyTo`, a message's `inReplyTo`). */
export function answeredBy(conversation: Conversation, message: ChatMessage): ChatMessage | undefined {
  const answered = message.inReplyTo ?? message.replyTo;
  return answered ? conversation.messages.find((earlier) => earlier.id === answered) : undefined;
}
