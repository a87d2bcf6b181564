import { useTranslation } from 'react-i18next';
import type { OwnSeat } from '../../../shared/game/player-view.ts';
import { localText } from '../../i18n/format.ts';
import '../briefing/briefing.css';

/**
 * The seat's public brief and confidential objectives, one click away all game: the briefing screen
 * shows them once, and a player deciding a sheet in round four still needs to know what they are for.
 */
export function BriefPanel({ you }: { you: Pick<OwnSeat, 'brief'> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <details className="card brief-panel" data-testid="brief-panel">
      <summary>{t('dashboard.briefToggle')}</summary>
      <h3>{t('briefing.publicBrief')}</h3>
      <p className="brief-text">{localText(you.brief.publicBrief, language)}</p>
      <h3>
        {t('briefing.objectives')} <span className="badge">{t('briefing.confidential')}</span>
      </h3>
      <ol className="objectives">
        {you.brief.confidentialObjectives.map((objective) => (
          <li key={objective.en}>{localText(objective, language)}</li>
        ))}
      </ol>
    </details>
  );
}
