import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClassroomClient, useClassroomState } from '../../classroom/context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useAnnouncer } from '../../ui/announce-context.tsx';
import './facilitator-message.css';

/**
 * The facilitator's message to the tables (`classroom:message`, sent from the console to every socket at
 * the tables it targets), pinned at the top of a seated student's window whatever its phase and however
 * far they have scrolled (PinnedNotices), until they close it; a newer one shows again. A message this
 * page held before it opened the game is an old one and is not shown. It is read out once through the
 * page's one announcer, like every other event, so the "Announcements" setting holds for it too.
 */
export function FacilitatorMessage() {
  const { t } = useTranslation();
  const format = useFormat();
  const announcer = useAnnouncer();
  const classroom = useClassroomClient();
  const { message } = useClassroomState();
  const [old] = useState(() => classroom.store.get().message);
  const [closed, setClosed] = useState<typeof message>(null);
  const shown = message && message !== old && message !== closed ? message : null;
  const heading = shown ? t('classroom.message.from', { time: format.time(shown.at) }) : '';
  useEffect(() => {
    if (!shown) return;
    announcer.say(`${heading} ${shown.text}`, { once: `facilitator:${shown.at}:${shown.text}` });
  }, [announcer, shown, heading]);
  if (!shown) return null;
  return (
    <section className="facilitator-message" data-testid="facilitator-message" aria-label={heading}>
      <p>
        <strong>{heading}</strong> {shown.text}
      </p>
      <button type="button" className="button" onClick={() => setClosed(shown)}>
        {t('classroom.message.close')}
      </button>
    </section>
  );
}
