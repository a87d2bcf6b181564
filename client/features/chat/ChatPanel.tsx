import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsNow } from '../../../shared/game/command-phases.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { Proposal } from '../../../shared/game/state.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useTalkText } from '../../i18n/facilitator-text.ts';
import { markedIfYours, useFormat } from '../../i18n/format.ts';
import { useHeadlineIn } from '../../i18n/text-language.ts';
import { useFocusLanding } from '../../ui/focus.ts';
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
import { answeredBy, answeredWhat, intentLabel, messageTextIn } from './talk-text.ts';
import { useReadMarks } from './use-read-marks.ts';
import './chat.css';

function conversationName(t: TFunction, conversation: Conversation): string {
  return conversation.key === PUBLIC ? t('chat.public') : roleList(t, conversation.others);
}

/** The proposal an offer in a message points to, as the view holds it (none: it points to none). */
function proposalWithId(proposals: readonly Proposal[], id: string | undefined): Proposal | undefined {
  return id === undefined ? undefined : proposals.find((proposal) => proposal.id === id);
}

function MessageLog({
  conversation,
  me,
  label,
  proposals,
  canPropose,
  onReply,
}: {
  conversation: Conversation;
  me: RoleId | null;
  label: string;
  /** The proposals the view holds, for the offers in messages that point to one. */
  proposals: readonly Proposal[];
  /** Whether a proposal may be made now (an offer in a message can be proposed in one click). */
  canPropose: boolean;
  /** Answer this message: the composer sets it as the one answered. */
  onReply: ((message: ChatMessage) => void) | null;
}) {
  const { t, i18n } = useTranslation();
  const talk = useTalkText();
  const format = useFormat();
  const headline = useHeadlineIn();
  const end = useRef<HTMLElement>(null);
  const count = conversation.messages.length;
  useEffect(() => {
    const list = end.current;
    if (!list || count < 0) return;
    // A new message scrolls the log to the end, except under a person's focus on a control inside it (a
    // Reply button): that control stays where they put it, not scrolled out of sight (WCAG 2.4.11).
    const focused = document.activeElement;
    if (focused && focused !== list && list.contains(focused)) return;
    list.scrollTop = list.scrollHeight;
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
          <li
            key={message.id}
            className={message.from === me ? 'mine' : undefined}
            data-message-id={message.id}
          >
            <p className="message-meta">
              <strong className={`role-text role-${message.from}`}>
                {markedIfYours(t, t(`roles.${message.from}.short`), message.from === me)}
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
              <InLanguage value={messageTextIn(i18n, t, headline, message)} />
            </p>
            {message.intent?.kind === 'offer' && me && message.from !== me ? (
              <OfferInMessage
                proposal={message.intent.proposal}
                proposalId={message.intent.proposalId}
                linked={proposalWithId(proposals, message.intent.proposalId)}
                me={me}
                canPropose={canPropose}
              />
            ) : null}
            {onReply && message.from !== me ? (
              <button
                type="button"
                className="link-button reply-button"
                aria-label={talk('talk.replyTo', {
                  role: t(`roles.${message.from}.short`),
                  what: answeredWhat(i18n, t, headline, message),
                })}
                onClick={() => onReply(message)}
                data-testid="reply"
              >
                {talk('talk.reply')}
              </button>
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
  const panel = useRef<HTMLElement>(null);
  const land = useFocusLanding();
  const { marks, markSeen } = useReadMarks(`leverage.read.${view.gameId}.${me ?? 'host'}`);
  const conversations = conversationsOf(view, me, opened);
  const current = conversations.find((conversation) => conversation.key === selected) ?? conversations[0]!;
  const currentCount = current.messages.length;

  useEffect(() => {
    markSeen(current.key, currentCount);
  }, [current.key, currentCount, markSeen]);

  const enabled = acceptsNow(view, current.key === PUBLIC ? 'chat:statement' : 'chat:private');
  // The message the person is answering, in the conversation it belongs to.
  const [answering, setAnswering] = useState<{ conversation: string; id: string } | null>(null);
  const answered =
    answering?.conversation === current.key
      ? current.messages.find((message) => message.id === answering.id)
      : undefined;

  return (
    <section ref={panel} className="card chat" aria-labelledby="chat-title">
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
        proposals={view.proposals}
        canPropose={acceptsNow(view, 'deal:propose')}
        onReply={
          me && enabled ? (message) => setAnswering({ conversation: current.key, id: message.id }) : null
        }
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
            replyingTo={answered ? { id: answered.id, label: <ReplyingTo message={answered} /> } : null}
            onCancelReply={() => setAnswering(null)}
          />
          <details className="new-conversation-toggle">
            <summary>{t('chat.newConversation')}</summary>
            <NewConversation
              me={me}
              onOpen={(to) => {
                const key = conversationKey(me, to);
                setOpened((list) => (list.includes(key) ? list : [...list, key]));
                setSelected(key);
                // The person opened it to write: the new conversation's message box, not the button left behind.
                land(() => panel.current?.querySelector<HTMLElement>('.composer textarea') ?? null);
              }}
            />
          </details>
        </>
      ) : null}
    </section>
  );
}

/**
 * "answering Tokyo: Ask for terms": a statement or a private message that answers another says whom and
 * what, in words (not by colour or position alone), so it reads the same on a screen and to a reader.
 */
function AnswerTo({ conversation, message }: { conversation: Conversation; message: ChatMessage }) {
  const { t, i18n } = useTranslation();
  const talk = useTalkText();
  const headline = useHeadlineIn();
  const answered = answeredBy(conversation, message);
  if (!answered) return null;
  return (
    <span className="reply-to" data-testid="answering">
      {' '}
      {talk('talk.answering', {
        role: t(`roles.${answered.from}.short`),
        what: answeredWhat(i18n, t, headline, answered),
      })}
    </span>
  );
}

/** "Replying to the White House: Offer terms", above the composer while a reply is being written. */
function ReplyingTo({ message }: { message: ChatMessage }) {
  const { t, i18n } = useTranslation();
  const talk = useTalkText();
  const headline = useHeadlineIn();
  return (
    <>
      {talk('talk.replyingTo', {
        role: t(`roles.${message.from}.short`),
        what: answeredWhat(i18n, t, headline, message),
      })}
    </>
  );
}
