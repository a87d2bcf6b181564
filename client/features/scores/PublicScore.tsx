import { useTranslation } from 'react-i18next';
import type { PublicScore } from '../../../shared/game/player-view.ts';
import type { RoleId } from '../../../shared/roles.ts';

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

/**
 * A score no report reveals before the end: a dash, never a stale number, and the reason in words, seen and
 * spoken (the dash itself is not read out).
 */
export function HiddenScore({ role }: { role: RoleId }) {
  const { t } = useTranslation();
  return (
    <span className="score-hidden">
      <span aria-hidden="true">—</span>{' '}
      <span className="muted">
        {t('scores.hiddenUntilEnd', { reason: t(`scores.hiddenReason.${role}`) })}
      </span>
    </span>
  );
}

/**
 * A score a round report does not show yet, since it reads secret moves not yet revealed: said in words
 * on the page (a tooltip or screen-reader text alone left a phone's reader with a bare dash).
 */
export function NotYetPublicScore() {
  const { t } = useTranslation();
  return (
    <span className="score-hidden">
      <span aria-hidden="true">—</span> <span className="muted">{t('scores.notYetPublic')}</span>
    </span>
  );
}

/** A role's score as others see it: the number and, when it is not live, as of when; or a hidden score. */
export function PublicScoreText({ role, entry }: { role: RoleId; entry: PublicScore }) {
  if (entry.scoreHiddenUntil !== null) return <HiddenScore role={role} />;
  return (
    <>
      {entry.score}
      <ScoreAsOf round={entry.scoreAsOfRound} />
    </>
  );
}
