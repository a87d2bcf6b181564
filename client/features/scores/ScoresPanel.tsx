import { useTranslation } from 'react-i18next';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { useClientState } from '../../game/context.tsx';
import { useFormat } from '../../i18n/format.ts';
import { BookSummary } from './BookSummary.tsx';
import { ScoreBreakdown } from './ScoreBreakdown.tsx';
import { playedBy } from './standings.ts';
import './scores.css';

/** Why a standing is not live: it reads secret moves not yet revealed (shared/game/disclosure.ts). */
function ScoreAsOf({ round }: { round: number | null }) {
  const { t } = useTranslation();
  if (round === null) return null;
  return (
    <span className="muted score-as-of">
      {' '}
      ({round === 0 ? t('scores.asOfStart') : t('scores.asOfRound', { round })})
    </span>
  );
}

/** The seat's own score with its breakdown, and where every role stands. */
export function ScoresPanel({ view }: { view: PlayerView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { roster } = useClientState();
  const you = view.you;
  return (
    <section className="card scores" aria-labelledby="scores-title">
      <h2 id="scores-title">{t('scores.title')}</h2>
      {you ? (
        <>
          <p className="own-score">
            <span className="own-score-label">{t('scores.yours')}</span>
            <span className="own-score-value" data-testid="own-score">
              {format.number(you.score.total, 0)}
            </span>
            <span className="muted">/ 100</span>
          </p>
          <ScoreBreakdown role={you.role} card={you.score} />
          <BookSummary you={you} />
        </>
      ) : null}
      <table className="compact-table standings">
        <caption>{t('scores.standings')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scores.role')}</th>
            <th scope="col">{t('scores.playedBy')}</th>
            <th scope="col">{t('scores.score')}</th>
          </tr>
        </thead>
        <tbody>
          {ROLE_IDS.map((role) => (
            <tr key={role} className={role === you?.role ? 'mine' : undefined}>
              <th scope="row">{t(`roles.${role}.short`)}</th>
              <td>{playedBy(t, role, view.seats, roster)}</td>
              <td>
                <span className="score-bar" aria-hidden="true">
                  <span style={{ width: `${Math.max(0, Math.min(100, view.seats[role].score))}%` }} />
                </span>
                {view.seats[role].score}
                <ScoreAsOf round={view.seats[role].scoreAsOfRound} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
