import {
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import {
  MESSAGE_MAX_CHARS,
  SIGNALS_BY_ROLE,
  type Signal,
  SignalSchema,
  STATEMENT_MAX_CHARS,
  signalAllowed,
} from '../../../shared/protocol/statements.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useGameClient } from '../../game/context.tsx';
import { useTalkText } from '../../i18n/facilitator-text.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { SelectField } from '../../ui/fields.tsx';
import { useSessionDraft, useSessionText } from '../../ui/use-session-draft.ts';
import { roleList } from '../deals/term-text.ts';
import { IntentPicker } from './IntentPicker.tsx';
import { type IntentChoice, intentToSend, isIntentChoice, outsiders } from './intent-draft.ts';

const isSignal = (value: unknown): value is Signal => SignalSchema.safeParse(value).success;

/** Writes a public statement (with its signal) or a private message; unsent text and signal survive a refresh. */
export function Composer({
  gameId,
  me,
  conversationKey,
  to,
  enabled,
  replyingTo,
  onCancelReply,
}: {
  gameId: string;
  me: RoleId;
  conversationKey: string;
  /** Recipients of a private message; empty for a public statement. */
  to: readonly RoleId[];
  enabled: boolean;
  /** The message this one answers (its id and how to say which), or null for a new thread. */
  replyingTo: { id: string; label: ReactNode } | null;
  onCancelReply(): void;
}) {
  const { t } = useTranslation();
  const client = useGameClient();
  const id = useId();
  const isPublic = to.length === 0;
  const draftKey = `leverage.chat.${gameId}.${me}.${conversationKey}`;
  const [text, setText] = useSessionText(draftKey);
  const [signal, setSignal] = useSessionDraft<Signal>(`${draftKey}.signal`, 'none', (stored) =>
    isSignal(stored) && signalAllowed(me, stored) ? stored : null,
  );
  const [intent, setIntent] = useSessionDraft<IntentChoice>(`${draftKey}.intent`, 'none', (stored) =>
    isIntentChoice(stored) ? stored : null,
  );
  const pressable = outsiders(me, to);
  const [against, setAgainst] = useState<RoleId | null>(pressable[0] ?? null);
  const talk = useTalkText();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const maxChars = isPublic ? STATEMENT_MAX_CHARS : MESSAGE_MAX_CHARS;
  const field = useRef<HTMLTextAreaElement>(null);
  const replyId = replyingTo?.id ?? null;
  // Reply, by keyboard or pointer, takes the person straight to the text they will write.
  useEffect(() => {
    if (replyId) field.current?.focus();
  }, [replyId]);

  async function send() {
    if (sending || !enabled) return;
    // A chosen intent says something by itself: empty text sends its usual words, in the page's language.
    const typed = text.trim();
    const trimmed =
      typed === '' && !isPublic && intent !== 'none'
        ? talk(`talk.intentText.${intent}`, { role: against ? t(`roles.${against}.short`) : '' })
        : typed;
    if (trimmed === '') {
      setError(t('validation.required'));
      return;
    }
    if (trimmed.length > maxChars) {
      setError(t('validation.maxLength', { max: maxChars }));
      return;
    }
    const meaning = intentToSend(intent, against, gameId, me);
    if (!meaning.ok) {
      setError(talk(`talk.${meaning.problem}`));
      return;
    }
    setError(null);
    setSending(true);
    try {
      const ack = isPublic
        ? await client.command({
            type: 'chat:statement',
            statement: { text: trimmed, signal, ...(replyId ? { replyTo: replyId } : {}) },
          })
        : await client.command({
            type: 'chat:private',
            message: {
              to: [...to],
              text: trimmed,
              ...(meaning.intent ? { intent: meaning.intent } : {}),
              ...(replyId ? { inReplyTo: replyId } : {}),
            },
          });
      if (ack.ok) {
        setText('');
        setSignal('none');
        setIntent('none');
        onCancelReply();
      }
    } finally {
      setSending(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  }

  const label = isPublic ? t('chat.statementLabel') : t('chat.messageLabel', { roles: roleList(t, to) });
  return (
    <form className="composer" onSubmit={onSubmit} noValidate>
      {replyingTo ? (
        <p className="replying-to" id={`${id}-reply`} data-testid="replying-to">
          {replyingTo.label}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onCancelReply();
              field.current?.focus();
            }}
          >
            {talk('talk.cancelReply')}
          </button>
        </p>
      ) : null}
      <div className={`field ${error ? 'has-error' : ''}`}>
        <label htmlFor={id}>{label}</label>
        <textarea
          ref={field}
          id={id}
          value={text}
          rows={2}
          maxLength={maxChars}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${replyingTo ? `${id}-reply ` : ''}${id}-count${error ? ` ${id}-error` : ''}`}
          name={isPublic ? 'statement' : 'message'}
        />
        <span id={`${id}-count`} className="field-hint">
          {t('chat.charCount', { count: text.length, max: maxChars })}
          <span className="keyboard-only"> · {t('chat.sendShortcut')}</span>
        </span>
        {error ? (
          <span id={`${id}-error`} className="field-error">
            {error}
          </span>
        ) : null}
      </div>
      {isPublic ? null : (
        <IntentPicker
          choice={intent}
          onChoose={setIntent}
          against={against}
          onAgainst={setAgainst}
          outsiders={pressable}
        />
      )}
      <div className="composer-actions">
        {isPublic ? (
          <SelectField<Signal>
            label={t('chat.signal')}
            value={signal}
            onChange={setSignal}
            options={(SIGNALS_BY_ROLE[me] as readonly Signal[]).map((value) => ({
              value,
              label: t(`signals.${value}`),
            }))}
            hint={t(`signalHints.${me}`)}
            name="signal"
          />
        ) : null}
        <ActionButton type="submit" className="button primary" busy={sending} unavailable={!enabled}>
          {isPublic ? t('chat.publish') : t('chat.send')}
        </ActionButton>
      </div>
      {!enabled ? <p className="field-hint">{t('chat.notNow')}</p> : null}
    </form>
  );
}
