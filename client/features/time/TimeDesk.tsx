import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsNow } from '../../../shared/game/command-phases.ts';
import { EXTENDED_TIME_FACTOR } from '../../../shared/game/time.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { useClientState, useGameClient, useView } from '../../game/context.tsx';
import type { CommandBody } from '../../game/game-client.ts';
import { useFormat } from '../../i18n/format.ts';
import './time.css';

/**
 * The host's desk for time: each seat's open request, granted with one click, and extended time per seat.
 * It reads the host's own `time:requests` message, never a seat's view, so a host who plays a seat sees
 * every seat's requests while the rest of that seat's team does not.
 */
export function TimeDesk() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useGameClient();
  const view = useView();
  const desk = useClientState().timeDesk;
  const [busy, setBusy] = useState(false);
  const requests = desk?.requests ?? [];
  const extended = new Set<RoleId>(desk?.extendedTime ?? []);

  async function send(body: CommandBody) {
    setBusy(true);
    try {
      await client.command(body);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="time-desk">
      <h3 className="compact-title">{t('time.deskTitle')}</h3>
      {requests.length === 0 ? (
        <p className="muted small">{t('time.deskEmpty')}</p>
      ) : (
        <ul className="plain-list">
          {requests.map((request) => (
            <li key={request.id}>
              <button
                type="button"
                className="button small"
                disabled={busy || !acceptsNow(view, 'host:grantTime')}
                onClick={() => void send({ type: 'host:grantTime', requestId: request.id })}
              >
                {t('time.grant', { role: t(`roles.${request.role}.short`), seconds: request.seconds })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="extended-time">
        <legend>{t('time.extendedTitle', { factor: format.number(EXTENDED_TIME_FACTOR, 1) })}</legend>
        {ROLE_IDS.filter((role) => view.seats[role].kind === 'human').map((role) => (
          <label key={role} className="checkbox-label">
            <input
              type="checkbox"
              checked={extended.has(role)}
              disabled={!acceptsNow(view, 'host:extendedTime')}
              onChange={(event) =>
                void send({ type: 'host:extendedTime', role, extended: event.target.checked })
              }
            />
            {t('time.extendedFor', { role: t(`roles.${role}.short`) })}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
