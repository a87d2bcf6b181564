import { useTranslation } from 'react-i18next';
import { debriefHash } from '../../app/routes.ts';
import { useClientState, useView } from '../../game/context.tsx';
import { useTableOfOne } from '../../game/solo-table.ts';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { markedIfYours, useFormat } from '../../i18n/format.ts';
import { useHeadlineIn } from '../../i18n/text-language.ts';
import { useFocusOnChange } from '../../ui/focus.ts';
import { InLanguage } from '../../ui/InLanguage.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { MarketCharts } from '../charts/MarketCharts.tsx';
import { RoundReports } from '../news/RoundReport.tsx';
import { PublicScoreText } from '../scores/PublicScore.tsx';
import { ScoreBreakdown } from '../scores/ScoreBreakdown.tsx';
import { playedBy, standingsOf } from '../scores/standings.ts';
import { reasonsOnce } from './bot-reasons.ts';
import { DealStories } from './DealStories.tsx';
import './end.css';

/** The debrief: final scores, the market path with its events, each deal's story and the bots' reasons. */
export function EndScreen() {
  const { t } = useTranslation();
  const ft = useFacilitatorText();
  const view = useView();
  const { roster, seat } = useClientState();
  const format = useFormat();
  const headline = useHeadlineIn();
  useDocumentTitle(t('end.title'));
  const heading = useFocusOnChange<HTMLHeadingElement>('end');
  const reasons = reasonsOnce(
    view.botReasons,
    (reason) => headline(reason.reason),
    (shown) => shown.text,
  );
  const alone = useTableOfOne();
  return (
    <div className="screen end">
      <h1 data-testid="end-title" ref={heading} tabIndex={-1}>
        {t('end.title')}
      </h1>
      <div className="end-grid">
        <section className="card" aria-labelledby="final-title">
          <h2 id="final-title">{t('end.finalScores')}</h2>
          <ol className="ranking" data-testid="final-scores">
            {/* At the end every score is public; a hidden one would show as a dash, unranked. */}
            {standingsOf(view.seats).map(({ role, rank }) => (
              <li key={role} className={role === view.you?.role ? 'mine' : undefined}>
                <span className="rank">{rank ?? '—'}</span>
                <span className="ranking-role">
                  {markedIfYours(t, t(`roles.${role}.name`), role === view.you?.role)}
                  <span className="muted">
                    {' · '}
                    {playedBy(t, role, view.seats, roster, format, alone && role === view.you?.role)}
                  </span>
                </span>
                <span className="ranking-score">
                  <PublicScoreText role={role} entry={view.seats[role]} />
                </span>
              </li>
            ))}
          </ol>
          {view.you ? (
            <>
              <h3>{t('end.yourBreakdown', { score: format.number(view.you.score.total, 0) })}</h3>
              <ScoreBreakdown role={view.you.role} card={view.you.score} />
            </>
          ) : null}
        </section>
        <section className="card end-market" aria-labelledby="path-title">
          <h2 id="path-title">{t('end.marketPath')}</h2>
          <MarketCharts view={view} />
        </section>
      </div>
      <DealStories view={view} />
      <section className="card" aria-labelledby="bots-title">
        <h2 id="bots-title">{t('end.botReasons')}</h2>
        {view.botReasons.length === 0 ? <p className="muted">{t('end.noBotReasons')}</p> : null}
        {reasons.length > 0 ? (
          <ul data-testid="bot-reasons">
            {reasons.map((reason) => (
              <li key={`${reason.role}:${reason.text.text}`}>
                <strong>{t(`roles.${reason.role}.short`)}</strong>: <InLanguage value={reason.text} />{' '}
                <span className="muted">
                  {t('end.reasonRounds', { count: reason.rounds.length, rounds: format.list(reason.rounds) })}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <RoundReports
        reports={view.reports}
        seats={view.seats}
        you={view.you?.role ?? null}
        ownScores={view.you?.reportScores}
      />
      <p className="end-actions">
        {seat?.isHost ? (
          <a className="button primary" href={debriefHash(seat.gameId)} data-testid="open-debrief">
            {ft(alone ? 'end.openDebriefAlone' : 'end.openDebrief')}
          </a>
        ) : null}
        <a className={seat?.isHost ? 'button' : 'button primary'} href="#/">
          {t('end.newGame')}
        </a>
      </p>
    </div>
  );
}
