import { type Ref, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isLastCall } from '../../../shared/game/time.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { useView } from '../../game/context.tsx';
import { useCountdown } from '../../game/use-countdown.ts';
import { useFormat } from '../../i18n/format.ts';
import { useAnnounce } from '../../ui/announce-context.tsx';
import { usePinnedHeight } from '../../ui/use-pinned-height.ts';
import { TimeRequestControl } from '../time/TimeRequestControl.tsx';
import { TimeWarningText } from '../time/TimeWarningText.tsx';
import { timeWarningNotice } from '../time/time-warning.ts';
import './dashboard.css';

/**
 * Round, phase, time left and who has handed in a sheet. `headingRef`: the screen that shows the bar
 * moves focus to its heading when the phase changes (the dashboard does; the briefing has its own).
 */
export function PhaseBar({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> } = {}) {
  const { t } = useTranslation();
  const view = useView();
  const format = useFormat();
  const { remainingMs, fraction } = useCountdown(
    view.deadline,
    view.paused,
    view.pausedRemainingMs,
    `${view.round}:${view.phase}`,
  );
  // The last call is marked by an icon and a word as well as the colour (WCAG 1.4.1).
  const urgent = isLastCall(remainingMs) && !view.paused;
  const warning = timeWarningNotice(view, remainingMs);
  // The warning is said by the page's announcer, once per threshold and phase; the last seconds
  // interrupt (the assertive region), the 30-second one waits its turn.
  const announce = useAnnounce();
  const warnAt = warning?.seconds ?? null;
  const sheetMissing = warning?.sheetMissing ?? false;
  useEffect(() => {
    if (warnAt === null) return;
    announce(
      sheetMissing ? 'time.warningSheet' : 'time.warning',
      { count: warnAt },
      { urgent: warnAt <= 10, once: `time:${view.round}:${view.phase}:${warnAt}` },
    );
  }, [announce, warnAt, sheetMissing, view.round, view.phase]);
  // On a phone the bar is pinned to the top: focus must land below it, not under it.
  const bar = useRef<HTMLElement>(null);
  usePinnedHeight(bar);
  return (
    <section
      ref={bar}
      className={`phase-bar phase-${view.phase}`}
      aria-labelledby="phase-title"
      data-testid="phase-bar"
    >
      <div className="phase-text">
        <h2 id="phase-title" className="phase-title" ref={headingRef} tabIndex={-1}>
          <span className="phase-round">
            {view.round > 0
              ? t('phase.round', { round: view.round, rounds: view.rounds })
              : t('phase.roundsAhead', { rounds: view.rounds })}
          </span>
          <span className="phase-name" data-testid="phase-name">
            {t(`phase.names.${view.phase}`)}
          </span>
        </h2>
        <p className="phase-hint">{t(`phase.hints.${view.phase}`)}</p>
      </div>
      <div className="phase-clock">
        {view.paused ? (
          <p className="countdown paused">{t('phase.paused')}</p>
        ) : remainingMs !== null ? (
          <p className={`countdown ${urgent ? 'urgent' : ''}`} role="timer" aria-label={t('phase.timeLeft')}>
            {urgent ? <span aria-hidden="true">⚠ </span> : null}
            {format.clock(remainingMs)}
            {urgent ? <span className="countdown-flag"> {t('time.lastCall')}</span> : null}
          </p>
        ) : null}
        {fraction !== null ? (
          <div className="countdown-track" aria-hidden="true">
            <div className="countdown-fill" style={{ width: `${Math.round(fraction * 100)}%` }} />
          </div>
        ) : null}
      </div>
      {/* The whole bar's width: in the clock's column a warning's sentence squeezed the title to nothing. */}
      <div className="phase-notes">
        <TimeWarningText notice={warning} />
        <TimeRequestControl view={view} />
      </div>
      {view.phase === 'decide' ? (
        <ul className="submitted-list" aria-label={t('phase.sheetsIn')}>
          {ROLE_IDS.map((role) => (
            <li key={role} className={view.seats[role].submitted ? 'done' : 'waiting'}>
              <span aria-hidden="true">{view.seats[role].submitted ? '✓' : '…'}</span>{' '}
              {t('phase.sheetStatus', {
                role: t(`roles.${role}.short`),
                status: t(view.seats[role].submitted ? 'phase.sheetIn' : 'phase.sheetWaiting'),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
