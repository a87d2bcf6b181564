import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsNow } from '../../../shared/game/command-phases.ts';
import { DEFAULT_SHOCKS } from '../../../shared/scenario/shocks.ts';
import { useGameClient, useView } from '../../game/context.tsx';
import type { CommandBody } from '../../game/game-client.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { useFocusLanding } from '../../ui/focus.ts';
import { TimeDesk } from '../time/TimeDesk.tsx';
import { HostRoster } from './HostRoster.tsx';
import { ShockOptions } from './ShockOptions.tsx';
import './host.css';

const EXTEND_SECONDS = 60;

/** The facilitator's timer controls and shocks; shown only to the host. */
export function HostControls() {
  const { t } = useTranslation();
  const client = useGameClient();
  const view = useView();
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [shockId, setShockId] = useState(DEFAULT_SHOCKS[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const shockSelectId = useId();
  // Asking to end swaps the End button for Confirm and Cancel: focus goes to Cancel (the safe answer),
  // and back to End when cancelled, instead of falling to the page body with the button it was on.
  const endButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const land = useFocusLanding();

  async function send(body: CommandBody) {
    setBusy(true);
    try {
      await client.command(body);
    } finally {
      setBusy(false);
    }
  }

  // The lobby has its own start button; these are the controls of a game under way.
  if (!acceptsNow(view, 'host:skip')) return null;
  return (
    <section className="host-controls" aria-labelledby="host-controls-title">
      <h2 id="host-controls-title" className="compact-title">
        {t('host.title')}
      </h2>
      <div className="button-row">
        {acceptsNow(view, 'host:resume') ? (
          <ActionButton className="button" busy={busy} onClick={() => void send({ type: 'host:resume' })}>
            {t('host.resume')}
          </ActionButton>
        ) : (
          <ActionButton className="button" busy={busy} onClick={() => void send({ type: 'host:pause' })}>
            {t('host.pause')}
          </ActionButton>
        )}
        <ActionButton
          className="button"
          busy={busy}
          onClick={() => void send({ type: 'host:extend', seconds: EXTEND_SECONDS })}
        >
          {t('host.extend', { seconds: EXTEND_SECONDS })}
        </ActionButton>
        <ActionButton className="button" busy={busy} onClick={() => void send({ type: 'host:skip' })}>
          {t('host.skip')}
        </ActionButton>
        {confirmEnd ? (
          <>
            <ActionButton
              className="button danger"
              busy={busy}
              onClick={() => {
                setConfirmEnd(false);
                void send({ type: 'host:end' });
              }}
            >
              {t('host.confirmEnd')}
            </ActionButton>
            <button
              ref={cancelButton}
              type="button"
              className="button"
              onClick={() => {
                setConfirmEnd(false);
                land(() => endButton.current);
              }}
            >
              {t('host.cancel')}
            </button>
          </>
        ) : (
          <button
            ref={endButton}
            type="button"
            className="button danger-outline"
            onClick={() => {
              setConfirmEnd(true);
              land(() => cancelButton.current);
            }}
          >
            {t('host.end')}
          </button>
        )}
      </div>
      {acceptsNow(view, 'host:inject') ? (
        <div className="shock-row">
          <label htmlFor={shockSelectId}>{t('host.shock')}</label>
          <select id={shockSelectId} value={shockId} onChange={(event) => setShockId(event.target.value)}>
            <ShockOptions />
          </select>
          <ActionButton
            className="button"
            busy={busy}
            unavailable={!shockId}
            onClick={() => void send({ type: 'host:inject', shockId })}
          >
            {t('host.inject')}
          </ActionButton>
        </div>
      ) : null}
      <TimeDesk />
      <HostRoster />
    </section>
  );
}
