import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_EVENT_SCHEMAS } from '../../../shared/protocol/socket-events.ts';
import { useClassroomClient, useClassroomState } from '../../classroom/context.tsx';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { FormErrorSummary, TextField } from '../../ui/fields.tsx';
import { useFocusLanding } from '../../ui/focus.ts';
import { type FieldErrors, fieldErrors } from '../../ui/validation.ts';

/**
 * Joining a class session with its 5-character code: the member waits here until the facilitator forms
 * the tables, and the page then opens their table by itself.
 */
export function ClassJoinForm({ initialCode }: { initialCode?: string | undefined }) {
  const { t } = useTranslation();
  const classroom = useClassroomClient();
  const { membership, message } = useClassroomState();
  const [code, setCode] = useState(initialCode ?? '');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const land = useFocusLanding();

  // A member who refreshed the class link while waiting waits again (or goes to the table they were given
  // meanwhile); the plain home page does not send anyone back to an old class.
  useEffect(() => {
    if (initialCode && !classroom.store.get().membership) void classroom.resume();
  }, [classroom, initialCode]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const parsed = CLIENT_EVENT_SCHEMAS['classroom:join'].safeParse({ code, name });
    if (!parsed.success) {
      setErrors(fieldErrors(t, parsed.error.issues));
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const ack = await classroom.join(parsed.data);
      // The form gives way to the waiting card: focus goes to it (on a phone, it may be far down the page).
      if (ack.ok) land(() => document.getElementById('class-join-title'));
    } finally {
      setPending(false);
    }
  }

  async function onLeave() {
    if (leaving) return;
    setLeaving(true);
    try {
      // The waiting card gives way to the form again: focus goes to its heading, as after joining.
      if (await classroom.leave()) land(() => document.getElementById('class-join-title'));
    } finally {
      setLeaving(false);
    }
  }

  if (membership && !membership.seat) {
    return (
      <section className="card home-card" aria-labelledby="class-join-title">
        <h2 id="class-join-title">{t('classroom.join.title')}</h2>
        <p role="status" data-testid="class-waiting">
          {t('classroom.join.waiting', { name: membership.name })}
        </p>
        {message ? <p className="class-message">{message.text}</p> : null}
        {/* Joined the wrong class, or twice: out again before the tables are formed. */}
        <ActionButton type="button" className="button" busy={leaving} onClick={onLeave}>
          {leaving ? t('classroom.join.leaving') : t('classroom.join.leave')}
        </ActionButton>
      </section>
    );
  }

  return (
    <form className="card home-card" onSubmit={onSubmit} aria-labelledby="class-join-title" noValidate>
      <h2 id="class-join-title">{t('classroom.join.title')}</h2>
      <p className="card-lead">{t('classroom.join.lead')}</p>
      <TextField
        label={t('classroom.join.code')}
        className="join-code-field"
        value={code}
        onChange={(value) => setCode(value.toUpperCase())}
        maxLength={5}
        autoComplete="off"
        hint={t('classroom.join.codeHint')}
        error={errors.code}
        name="classCode"
      />
      <TextField
        label={t('classroom.join.name')}
        value={name}
        onChange={setName}
        maxLength={40}
        autoComplete="nickname"
        error={errors.name}
        name="className"
      />
      <FormErrorSummary message={Object.keys(errors).length > 0 ? t('validation.fixFields') : null} />
      <ActionButton type="submit" className="button primary" busy={pending}>
        {pending ? t('home.joining') : t('classroom.join.submit')}
      </ActionButton>
    </form>
  );
}
