import type { i18n as I18n, TFunction } from 'i18next';
import type { Intent, TalkWords } from '../../../shared/protocol/talk.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { looseI18n } from '../../i18n/format.ts';
import { headlineIn, type TextIn } from '../../i18n/text-language.ts';
import { describeTerm } from '../deals/term-text.ts';

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
