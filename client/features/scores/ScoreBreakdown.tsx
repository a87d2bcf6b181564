import { useTranslation } from 'react-i18next';
import type { RoleId } from '../../../shared/roles.ts';
import type { ScoreCard } from '../../../shared/scoring/types.ts';
import { useFormat } from '../../i18n/format.ts';
import { componentText, metricValueText } from './score-text.ts';
import './scores.css';

/** Each component: its weight, the outcome it read, and its own 0–100 score. */
export function ScoreBreakdown({
  role,
  card,
  showWhy = false,
}: {
  role: RoleId;
  card: ScoreCard;
  showWhy?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <table className="compact-table breakdown">
      <caption>{t('scores.breakdownCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scores.component')}</th>
          <th scope="col">{t('scores.weight')}</th>
          <th scope="col">{t('scores.outcome')}</th>
          <th scope="col">{t('scores.componentScore')}</th>
        </tr>
      </thead>
      <tbody>
        {card.components.map((component) => {
          const text = componentText(i18n, role, component.id);
          return (
            <tr key={component.id}>
              <th scope="row">
                {text.label}
                {showWhy && text.why ? <span className="why">{text.why}</span> : null}
              </th>
              <td>{format.percent(component.weight * 100)}</td>
              <td>{metricValueText(format, component.metric, component.value, t('units.ppSuffix'))}</td>
              <td>{format.number(component.score, 0)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
