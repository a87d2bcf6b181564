import { useTranslation } from 'react-i18next';
import type { OwnSeat } from '../../../shared/game/player-view.ts';
import { RoleBrief } from '../briefing/RoleBrief.tsx';

/**
 * The seat's public brief and confidential objectives, one click away all game: the briefing screen
 * shows them once, and a player deciding a sheet in round four still needs to know what they are for.
 * The same RoleBrief as the briefing screen's, so the two never drift apart.
 */
export function BriefPanel({ you }: { you: Pick<OwnSeat, 'brief'> }) {
  const { t } = useTranslation();
  return (
    <details className="card brief-panel" data-testid="brief-panel">
      <summary>{t('dashboard.briefToggle')}</summary>
      <RoleBrief brief={you.brief} headingLevel={3} />
    </details>
  );
}
