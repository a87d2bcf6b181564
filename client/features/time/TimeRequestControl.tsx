import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptsNow } from '../../../shared/game/command-phases.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { TIME_REQUEST_SECONDS } from '../../../shared/game/time.ts';
import { useClientState, useGameClient } from '../../game/context.tsx';
import './time.css';

/** The seat's latest request in the phase under way (requests of earlier phases have lapsed or been granted). */
function latestRequest(view: Pick<PlayerView, 'timeRequests'>) {
  return view.timeRequests[view.timeRequests.length - 1] ?? null;
}

/** What became of a request, in words that name who answers it: the host, or a class's facilitator. */
function statusKey(status: 'pending' | 'granted' | 'lapsed', inClass: boolean) {
  if (inClass && status === 'pending') return 'time.pendingClass';
  if (inClass && status === 'granted') return 'time.grantedClass';
  return `time.${status}` as const;
}

/**
 * A player's "more time, please": one click sends `time:request` for the usual amount; the host grants it
 * with one click. What became of it is said in words beside the button. The host, who may play a seat too
 * (a solo game's player always does), is not offered it: they add time themselves, and a request of theirs
 * only waited for them.
 */
export function TimeRequestControl({ view }: { view: PlayerView }) {
  const { t } = useTranslation();
  const client = useGameClient();
  const { seat, roster } = useClientState();
  // A class session's table (no code of its own) is hosted by the facilitator: the words say so.
  const inClass = roster?.code === null;
  const [busy, setBusy] = useState(false);
  if (view.you === null || seat?.isHost) return null;
  const latest = latestRequest(view);
  const open = latest?.status === 'pending';
  const canAsk = acceptsNow(view, 'time:request');
  const seconds = TIME_REQUEST_SECONDS.usual;
  async function ask() {
    setBusy(true);
    try {
      await client.command({ type: 'time:request', seconds });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="time-request">
      {canAsk ? (
        // aria-disabled, not disabled: a button that vanishes from the tab order under the pointer
        // would drop the keyboard user's focus just after they pressed it.
        <button
          type="button"
          className="button small"
          aria-disabled={busy || open}
          onClick={() => {
            if (!busy && !open) void ask();
          }}
        >
          {t('time.ask', { seconds })}
        </button>
      ) : null}
      <p className="time-request-status" role="status">
        {latest ? t(statusKey(latest.status, inClass), { seconds: latest.seconds }) : ''}
      </p>
      {view.extendedTime.length > 0 ? <p className="muted small">{t('time.youHaveExtended')}</p> : null}
    </div>
  );
}
