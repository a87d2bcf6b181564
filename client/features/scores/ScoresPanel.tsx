import { useTranslation } from 'react-i18next';
import type { OwnSeat, PlayerView, SeatEntry } from '../../../shared/game/player-view.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { useClientState } from '../../game/context.tsx';
import { useTableOfOne } from '../../game/solo-table.ts';
import { markedIfYours, useFormat } from '../../i18n/format.ts';
import { BookSummary } from './BookSummary.tsx';
import { PublicScoreText } from './PublicScore.tsx';
import { ScoreBreakdown } from './ScoreBreakdown.tsx';
import { ownStanding, playedBy, someScoreHidden, standingsOf } from './standings.ts';
import './scores.css';

/**
 * A standing's score cell. A seat whose public score is not live sees both figures, each named: what
 * everyone else sees ("public: 52 (as of round 1)") beside its own live score, marked as shown only to it,
 * so the two never read as one number that changed. Its bar is its own score, the one it is ranked by.
 */
function StandingScore({ role, entry, you }: { role: RoleId; entry: SeatEntry; you: OwnSeat | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const live = entry.scoreHiddenUntil === null && entry.scoreAsOfRound === null;
  const mine = role === you?.role;
  const barScore = mine ? you.score.total : entry.score;
  const bar =
    barScore === null ? null : (
      <span className="score-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, barScore))}%` }} />
      </span>
    );
  if (!mine || live) {
    return (
      <>
        {bar}
        <PublicScoreText role={role} entry={entry} />
      </>
    );
  }
  return (
    <>
      {bar}
      {t('scores.publicLabel')} <PublicScoreText role={role} entry={entry} />
      {' · '}
      <strong>{t('scores.yoursNow', { score: format.number(you.score.total, 0) })}</strong>
    </>
  );
}

/** The seat's own score with its breakdown, and where every role stands. */
export function ScoresPanel({ view }: { view: PlayerView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { roster } = useClientState();
  const alone = useTableOfOne();
  const you = view.you;
  const own = ownStanding(you);
  const someHidden = someScoreHidden(view.seats, own);
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
      <table
        className="compact-table standings"
        aria-describedby={someHidden ? 'standings-ranked-as-shown' : undefined}
      >
        <caption>{t('scores.standings')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scores.rank')}</th>
            <th scope="col">{t('scores.role')}</th>
            <th scope="col">{t('scores.playedBy')}</th>
            <th scope="col">{t('scores.score')}</th>
          </tr>
        </thead>
        <tbody>
          {standingsOf(view.seats, own).map(({ role, rank }) => (
            <tr
              key={role}
              className={role === you?.role ? 'mine' : undefined}
              data-testid={`standing-${role}`}
            >
              <td className="rank">
                {rank ?? (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">{t('scores.notRanked')}</span>
                  </>
                )}
              </td>
              <th scope="row">
                {role === you?.role ? (
                  // Marked by a shape and a word as well as the row's colour (WCAG 1.4.1).
                  <span className="you-marker" aria-hidden="true">
                    ▶{' '}
                  </span>
                ) : null}
                {markedIfYours(t, t(`roles.${role}.short`), role === you?.role)}
              </th>
              <td>{playedBy(t, role, view.seats, roster, format, alone && role === you?.role)}</td>
              <td>
                <StandingScore role={role} entry={view.seats[role]} you={you} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {someHidden ? (
        <p className="muted standings-note" id="standings-ranked-as-shown">
          {t('scores.rankedAsShown')}
        </p>
      ) : null}
    </section>
  );
}
