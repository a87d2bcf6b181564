import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { PrivateMessageRecord } from '../../../shared/game/state.ts';
import { phraseHeadline } from '../../../shared/protocol/phrases.ts';
import type { Intent, TalkWords } from '../../../shared/protocol/talk.ts';
import { useGameClient } from '../../game/context.tsx';
import { useTalkText } from '../../i18n/facilitator-text.ts';
import { useFormat } from '../../i18n/format.ts';
import { type TextIn, typedTextIn, useHeadlineIn } from '../../i18n/text-language.ts';
import { type Announce, useAnnounce } from '../../ui/announce-context.tsx';
import { answeredWhat, talkWordsIn } from '../chat/talk-text.ts';
import { type GameEvent, gameEventsBetween, isDetail } from './game-events.ts';

type Translate = TFunction;

function sayEvent(
  event: GameEvent,
  announce: Announce,
  t: Translate,
  headline: ReturnType<typeof useHeadlineIn>,
  format: ReturnType<typeof useFormat>,
  typed: (text: string) => TextIn,
  talkWords: (words: TalkWords, intent: Intent | undefined) => TextIn,
  answering: (message: PrivateMessageRecord) => string,
): void {
  const options = {
    once: event.once,
    level: isDetail(event) ? 'detail' : 'essential',
  } as const;
  const role = (from: GameEvent & { from: string }) => t(`roles.${from.from as 'tokyo'}.short`);
  switch (event.kind) {
    case 'phase':
      announce(
        'announce.phase',
        {
          round:
            event.round > 0
              ? t('phase.round', { round: event.round, rounds: event.rounds })
              : t('phase.roundsAhead', { rounds: event.rounds }),
          phase: t(`phase.names.${event.phase}`),
          hint: t(`phase.hints.${event.phase}`),
        },
        options,
      );
      return;
    case 'report':
      announce(
        event.score === null
          ? 'announce.reportNoScore'
          : event.change === null
            ? 'announce.report'
            : 'announce.reportChange',
        {
          round: event.round,
          score: event.score ?? '',
          change: event.change === null ? '' : format.signed(event.change, 0),
        },
        options,
      );
      return;
    case 'end':
      announce(
        event.rank === null || event.score === null ? 'announce.endNoRank' : 'announce.end',
        { rank: event.rank ?? '', of: event.of, score: event.score ?? '' },
        options,
      );
      return;
    case 'proposalForYou':
      announce('announce.proposalForYou', { id: event.proposalId, role: role(event) }, options);
      return;
    case 'message': {
      // Talk-book words are read in the page's language, as the message log shows them; what the
      // message answers is said with it, once, as the log's label shows it.
      const text = event.words ? talkWords(event.words, event.intent) : typed(event.text);
      if (event.answering)
        announce(
          'talk.announceAnswering',
          { role: role(event), answering: answering(event.answering), text },
          options,
        );
      else announce('announce.message', { role: role(event), text }, options);
      return;
    }
    case 'teamMessage':
      announce('team.announce', { name: event.author, text: typed(event.text) }, options);
      return;
    case 'statement':
      announce(
        'announce.statement',
        {
          role: role(event),
          text: event.phrase
            ? headline(phraseHeadline({ ...event, phrase: event.phrase }))
            : typed(event.text),
        },
        options,
      );
      return;
    case 'news':
      announce('announce.news', { text: headline(event.headline) }, options);
      return;
    case 'seatControl': {
      const time = event.takeoverAt === null ? '' : format.time(event.takeoverAt);
      if (event.yours && event.status === 'warned') announce('takeover.yourWarning', { time }, options);
      else if (event.yours && event.status === 'bot') announce('takeover.announceYourBot', {}, options);
      else if (event.yours && event.status === 'back') announce('takeover.announceYourBack', {}, options);
      else {
        const key = { warned: 'announceWarned', bot: 'announceBot', back: 'announceBack' } as const;
        announce(`takeover.${key[event.status]}`, { role: t(`roles.${event.role}.short`), time }, options);
      }
      return;
    }
  }
}

/**
 * Feeds the announcer from the game: each time the held view changes, the events since the last one
 * (a new phase, a round's results, a proposal or message for this seat…) are said, each once.
 */
export function GameAnnouncements() {
  const client = useGameClient();
  const announce = useAnnounce();
  const { t, i18n } = useTranslation();
  const headline = useHeadlineIn();
  const format = useFormat();
  // Text a player typed is in the language its script shows, whatever the page's.
  const typed = (text: string) => typedTextIn(text, i18n.language);
  const talkWords = (words: TalkWords, intent: Intent | undefined) => talkWordsIn(i18n, t, words, intent);
  const talk = useTalkText();
  const answering = (message: PrivateMessageRecord) =>
    talk('talk.answering', {
      role: t(`roles.${message.from}.short`),
      what: answeredWhat(i18n, t, headline, message),
    });
  const speak = useRef({ announce, t, headline, format, typed, talkWords, answering });
  speak.current = { announce, t, headline, format, typed, talkWords, answering };
  useEffect(() => {
    let before: PlayerView | null = client.store.get().game?.view ?? null;
    return client.store.subscribe(() => {
      const after = client.store.get().game?.view ?? null;
      if (after === before) return;
      if (after) {
        const {
          announce: say,
          t: translate,
          headline: read,
          format: formats,
          typed: inScript,
          talkWords: inTalkBook,
          answering: answered,
        } = speak.current;
        const personId = client.store.get().seat?.personId ?? null;
        for (const event of gameEventsBetween(before, after, personId))
          sayEvent(event, say, translate, read, formats, inScript, inTalkBook, answered);
      }
      before = after;
    });
  }, [client]);
  return null;
}
