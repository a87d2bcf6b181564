import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsNow } from '../../../shared/game/command-phases.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { phraseHeadline } from '../../../shared/protocol/phrases.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useFormat } from '../../i18n/format.ts';
import { typedTextIn, useHeadlineIn } from '../../i18n/text-language.ts';
import { InLanguage } from '../../ui/InLanguage.tsx';
import { roleList } from '../deals/term-text.ts';
import { Composer } from './Composer.tsx';
import {
  type ChatMessage,
  type Conversation,
  conversationKey,
  conversationsOf,
  PUBLIC,
  unreadCount,
} from './conversations.ts';
import { NewConversation } from './NewConversation.tsx';
import { OfferInMessage } from './OfferInMessage.tsx';
import { intentLabel, talkWordsIn } from './talk-text.ts';
import { useReadMarks } from './use-read-marks.ts';
import './chat.css';

function conversationName(t: TFunction, conversation: Conversation): string {
  return conversation.key === PUBLIC ? t('chat.public') : roleList(t, conversation.others);
}

function MessageLog({
  conversation,
  me,
  label,
  canPropose,
}: {
  conversation: Conversation;
  me: RoleId | null;
  label: string;
  /** Whether a proposal may be made now (an offer in a message can be proposed in one click). */
  canPropose: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const headline = useHeadlineIn();
  const end = useRef<HTMLElement>(null);
  const count = conversation.messages.length;
  useEffect(() => {
    const list = end.current;
    if (list && count >= 0) list.scrollTop = list.scrollHeight;
  }, [count]);
  return (
    // The log scrolls, so it takes focus (tabIndex 0) and has a name: a keyboard scrolls it on every
    // browser, including those that never focus a scroll region by themselves (Safari). It is not a live
    // region: switching conversations would re-read it whole; the announcer says new messages once.
    <section
      ref={end}
      className="message-log"
      aria-label={t('chat.log', { name: label })}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      data-testid="message-log"
    >
      {count === 0 ? <p className="muted">{t('chat.empty')}</p> : null}
      <ol className="message-list" data-testid="message-list">
        {conversation.messages.map((message) => (
          <li key={message.id} className={message.from === me ? 'mine' : undefined}>
            <p className="message-meta">
              <strong className={`role-text role-${message.from}`}>
                {t(`roles.${message.from}.short`)}
                {message.from === me ? ` ${t('chat.you')}` : ''}
              </strong>{' '}
              <time dateTime={new Date(message.at).toISOString()}>{format.time(message.at)}</time>
              {message.signal && message.signal !== 'none' ? (
                <span className="signal-chip">{t(`signals.${message.signal as 'hint'}`)}</span>
              ) : null}
              <AnswerTo conversation={conversation} message={message} />
              {message.intent ? (
                <span className="signal-chip intent-chip" data-testid="intent-chip">
                  {intentLabel(i18n, t, message.intent)}
                </span>
              ) : null}
            </p>
            <p className="message-text">
              <InLanguage
                value={
                  message.words
                    ? talkWordsIn(i18n, t, message.words, message.intent)
                    : message.phrase
                      ? headline(phraseHeadline({ ...message, phrase: message.phrase }))
                      : typedTextIn(message.text, i18n.language)
                }
              />
            </p>
            {message.intent?.kind === 'offer' && me && message.from !== me ? (
              <OfferInMessage proposal={message.intent.proposal} me={me} canPropose={canPropose} />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Public statements and private channels, with unread counts; everything shown as plain text. */
export function ChatPanel({ view }: { view: PlayerView }) {
  const { t } = useTranslation();
  const me = view.you?.role ?? null;
  const [opened, setOpened] = useState<string[]>([]);
  const [selected, setSelected] = useState<string>(PUBLIC);
  const { marks, markSeen } = useReadMarks(`leverage.read.${view.gameId}.${me ?? 'host'}`);
  const conversations = conversationsOf(view, me, opened);
  const current = conversations.find((conversation) => conversation.key === selected) ?? conversations[0]!;
  const currentCount = current.messages.length;

  useEffect(() => {
    markSeen(current.key, currentCount);
  }, [current.key, currentCount, markSeen]);

  const enabled = acceptsNow(view, current.key === PUBLIC ? 'chat:statement' : 'chat:private');

  return (
    <section className="card chat" aria-labelledby="chat-title">
      <h2 id="chat-title">{t('chat.title')}</h2>
      <nav aria-label={t('chat.conversations')}>
        <ul className="conversation-tabs">
          {conversations.map((conversation) => {
            const unread =
              conversation.key === current.key
                ? 0
                : unreadCount(conversation, me, marks[conversation.key] ?? 0);
            return (
              <li key={conversation.key}>
                <button
                  type="button"
                  className="conversation-tab"
                  aria-current={conversation.key === current.key ? 'true' : undefined}
                  onClick={() => setSelected(conversation.key)}
                  data-testid={`conversation-${conversation.key}`}
                >
                  {conversationName(t, conversation)}
                  {unread > 0 ? (
                    <span className="badge" data-testid="unread-badge">
                      {unread}
                      <span className="sr-only"> {t('chat.unread')}</span>
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      <MessageLog
        conversation={current}
        me={me}
        label={conversationName(t, current)}
        canPropose={acceptsNow(view, 'deal:propose')}
      />
      {me ? (
        <>
          <Composer
            key={current.key}
            gameId={view.gameId}
            me={me}
            conversationKey={current.key}
            to={current.others}
            enabled={enabled}
          />
          <details className="new-conversation-toggle">
            <summary>{t('chat.newConversation')}</summary>
            <NewConversation
              me={me}
              onOpen={(to) => {
                const key = conversationKey(me, to);
                setOpened((list) => (list.includes(key) ? list : [...list, key]));
                setSelected(key);
              }}
            />
          </details>
        </>
      ) : null}
    </section>
  );
}

/** "answering Tokyo": a public statement that answers another names whom it answers. */
function AnswerTo({ conversation, message }: { conversation: Conversation; message: ChatMessage }) {
  const { t } = useTranslation();
  const answered = message.replyTo
    ? conversation.messages.find((earlier) => earlier.id === message.replyTo)
    : undefined;
  if (!answered) return null;
  return (
    <span className="reply-to"> {t('chat.answering', { role: t(`roles.${answered.from}.short`) })}</span>
  );
}
