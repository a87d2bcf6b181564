import { useTranslation } from 'react-i18next';
import type { PlayerView, PublicRoundReport as Report } from '../../../shared/game/player-view.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { markedIfYours, useFormat } from '../../i18n/format.ts';
import { useHeadlineIn } from '../../i18n/text-language.ts';
import { InLanguage } from '../../ui/InLanguage.tsx';
import { HiddenScore, NotYetPublicScore } from '../scores/PublicScore.tsx';
import './news.css';

/**
 * A score in a report and its change since the last one. A score that reads secret moves not yet revealed
 * is null (shared/game/disclosure.ts says until when): shown as a dash that says why, and, for a score no
 * report reveals before the end (the standings say which), that it stays hidden until then.
 */
function ReportedScore({
  role,
  score,
  previous,
  hiddenUntilEnd,
}: {
  role: RoleId;
  score: number | null;
  previous: number | null | undefined;
  hiddenUntilEnd: boolean;
}) {
  if (score === null && hiddenUntilEnd) {
    return (
      <td colSpan={2}>
        <HiddenScore role={role} />
      </td>
    );
  }
  if (score === null) {
    return (
      <td colSpan={2}>
        <NotYetPublicScore />
      </td>
    );
  }
  return <ScoreAndChange score={score} previous={previous} />;
}

function ScoreAndChange({
  score,
  previous,
  onlyYou = false,
}: {
  score: number;
  previous: number | null | undefined;
  onlyYou?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <td>
        {score}
        {onlyYou ? <span className="muted"> {t('scores.onlyYou')}</span> : null}
      </td>
      <td>{previous === undefined || previous === null ? '—' : format.signed(score - previous)}</td>
    </>
  );
}

/** What a resolution did: its headlines, the market after it and every role's score (with the change). */
export function RoundReportView({
  report,
  previous,
  seats,
  you = null,
  ownScores = [],
}: {
  report: Report;
  previous: Report | undefined;
  seats: PlayerView['seats'];
  /** The reader's seat, if any: a sheet it did not hand in is said plainly. */
  you?: RoleId | null;
  /** The reader's own score in each report, by round (`you.reportScores`): shown to it whatever others see. */
  ownScores?: readonly number[];
}) {
  const { t } = useTranslation();
  const headline = useHeadlineIn();
  const format = useFormat();
  return (
    <article className="round-report" aria-labelledby={`report-${report.round}`} data-testid="round-report">
      <h3 id={`report-${report.round}`}>{t('report.title', { round: report.round })}</h3>
      {report.backstop ? <p className="callout">{t('report.backstop')}</p> : null}
      {you !== null && report.missedSheets.includes(you) ? (
        <p className="callout">{t('report.youMissedSheet')}</p>
      ) : null}
      {report.missedSheets.length > 0 ? (
        <p className="muted">
          {t('report.missedSheets', {
            roles: format.list(report.missedSheets.map((role) => t(`roles.${role}.short`))),
          })}
        </p>
      ) : null}
      <ul className="report-headlines">
        {report.headlines.map((item, index) => (
          // Headlines have no id of their own; their order within a report never changes.
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed order
          <li key={index}>
            <InLanguage value={headline(item)} />
          </li>
        ))}
      </ul>
      <dl className="stat-list">
        <div>
          <dt>{t('market.yield10y')}</dt>
          <dd>{format.percent(report.market.yield10y, 2)}</dd>
        </div>
        <div>
          <dt>{t('market.mortgageRate')}</dt>
          <dd>{format.percent(report.market.mortgageRate, 2)}</dd>
        </div>
        <div>
          <dt>{t('market.usdJpy')}</dt>
          <dd>{format.number(report.market.usdJpy, 1)}</dd>
        </div>
        <div>
          <dt>{t('market.usEquity')}</dt>
          <dd>{format.number(report.market.usEquity, 0)}</dd>
        </div>
        <div>
          <dt>{t('market.japanEquity')}</dt>
          <dd>{format.number(report.market.japanEquity, 0)}</dd>
        </div>
        <div>
          <dt>{t('market.panic')}</dt>
          <dd>{format.number(report.market.panic, 1)}</dd>
        </div>
      </dl>
      <table className="compact-table">
        <caption>{t('report.scoresCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scores.role')}</th>
            <th scope="col">{t('scores.score')}</th>
            <th scope="col">{t('scores.change')}</th>
          </tr>
        </thead>
        <tbody>
          {ROLE_IDS.map((role) => {
            const own = role === you ? ownScores[report.round - 1] : undefined;
            return (
              <tr key={role}>
                <th scope="row">{markedIfYours(t, t(`roles.${role}.short`), role === you)}</th>
                {own !== undefined && report.scores[role] === null ? (
                  // Others do not see this score yet; the seat always sees its own.
                  <ScoreAndChange score={own} previous={ownScores[report.round - 2]} onlyYou />
                ) : (
                  <ReportedScore
                    role={role}
                    score={report.scores[role]}
                    previous={previous?.scores[role]}
                    hiddenUntilEnd={seats[role].scoreHiddenUntil === 'end'}
                  />
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </article>
  );
}

/** The latest round report, with the earlier ones one click away; `seats` says which scores stay hidden. */
export function RoundReports({
  reports,
  seats,
  you = null,
  ownScores = [],
}: {
  reports: readonly Report[];
  seats: PlayerView['seats'];
  you?: RoleId | null;
  ownScores?: readonly number[];
}) {
  const { t } = useTranslation();
  const latest = reports[reports.length - 1];
  return (
    <section className="card reports" aria-labelledby="reports-title">
      <h2 id="reports-title">{t('report.sectionTitle')}</h2>
      {latest ? (
        <RoundReportView
          report={latest}
          previous={reports[reports.length - 2]}
          seats={seats}
          you={you}
          ownScores={ownScores}
        />
      ) : (
        <p className="muted">{t('report.none')}</p>
      )}
      {reports.length > 1 ? (
        <details>
          <summary>{t('report.earlier')}</summary>
          {reports
            .slice(0, -1)
            .reverse()
            .map((report) => (
              <RoundReportView
                key={report.round}
                report={report}
                previous={reports.find((candidate) => candidate.round === report.round - 1)}
                seats={seats}
                you={you}
                ownScores={ownScores}
              />
            ))}
        </details>
      ) : null}
    </section>
  );
}
