import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClassroomClient, useClassroomState } from '../../classroom/context.tsx';
import { useFormat } from '../../i18n/format.ts';
import './facilitator-message.css';

/**
 * The facilitator's message to the tables (`classroom:message`, sent from the console to every socket at
 * the tables it targets), at the top of a seated student's game whatever its phase, until they close it; a
 * newer one shows again. A message this page held before it opened the game is an old one and is not shown.
 * Its region is there from the start, so a screen reader reads a message out as it comes.
 */
export function FacilitatorMessage() {
  const { t } = useTranslation();
  const format = useFormat();
  const classroom = useClassroomClient();
  const { message } = useClassroomState();
  const [old] = useState(() => classroom.store.get().message);
  const [closed, setClosed] = useState<typeof message>(null);
  const shown = message && message !== old && message !== closed ? message : null;
  return (
    <div role="status" className="facilitator-message-region">
      {shown ? (
        <section className="facilitator-message" data-testid="facilitator-message">
          <p>
            <strong>{t('classroom.message.from', { time: format.time(shown.at) })}</strong> {shown.text}
          </p>
          <button type="button" className="button" onClick={() => setClosed(shown)}>
            {t('classroom.message.close')}
          </button>
        </section>
      ) : null}
    </div>
  );
}
