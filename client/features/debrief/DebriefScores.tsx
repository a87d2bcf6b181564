import { useTranslation } from 'react-i18next';
import type { TableDebrief } from '../../../shared/debrief/table.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { useFormat } from '../../i18n/format.ts';
import { ScoreBreakdown } from '../scores/ScoreBreakdown.tsx';

/** Each role's final score broken down, and every role's published score after each round. */
export function DebriefScores({ debrief }: { debrief: TableDebrief }) {
  const { t } = useTranslation();
  const ft = useFacilitatorText();
  const format = useFormat();
  const cards = debrief.scoreCards;
  return (
    <section className="card debrief-section" aria-labelledby="debrief-scores">
      <h2 id="debrief-scores">{ft('debrief.scores')}</h2>
      <table className="compact-table">
        <caption>{ft('debrief.scoresByRound')}</caption>
        <thead>
          <tr>
            <th scope="col">{ft('debrief.roundColumn')}</th>
            {ROLE_IDS.map((role) => (
              <th scope="col" key={role}>
                {t(`roles.${role}.short`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {debrief.timeline.map((round) => (
            <tr key={round.round}>
              <th scope="row">{round.round}</th>
              {ROLE_IDS.map((role) => {
                const score = round.scores[role];
                return <td key={role}>{score === null ? '—' : format.number(score, 0)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {cards
        ? ROLE_IDS.map((role) => (
            <div key={role} className="debrief-breakdown" data-testid={`debrief-breakdown-${role}`}>
              <h3>
                {ft('debrief.finalScore', {
                  role: t(`roles.${role}.name`),
                  score: format.number(cards[role].total, 0),
                })}
              </h3>
              <ScoreBreakdown role={role} card={cards[role]} />
            </div>
          ))
        : null}
    </section>
  );
}
