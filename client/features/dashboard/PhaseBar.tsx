import { useTranslation } from 'react-i18next';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { useView } from '../../game/context.tsx';
import { useCountdown } from '../../game/use-countdown.ts';
import { useFormat } from '../../i18n/format.ts';
import './dashboard.css';

/** Round, phase, time left and who has handed in a sheet. */
export function PhaseBar() {
  const { t } = useTranslation();
  const view = useView();
  const format = useFormat();
  const { remainingMs, fraction } = useCountdown(
    view.deadline,
    view.paused,
    view.pausedRemainingMs,
    `${view.round}:${view.phase}`,
  );
  const urgent = remainingMs !== null && remainingMs < 10_000 && !view.paused;
  return (
    <section
      className={`phase-bar phase-${view.phase}`}
      aria-labelledby="phase-title"
      data-testid="phase-bar"
    >
      <div className="phase-text">
        <h2 id="phase-title" className="phase-title">
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
            {format.clock(remainingMs)}
          </p>
        ) : null}
        {fraction !== null ? (
          <div className="countdown-track" aria-hidden="true">
            <div className="countdown-fill" style={{ width: `${Math.round(fraction * 100)}%` }} />
          </div>
        ) : null}
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
