import { useTranslation } from 'react-i18next';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { useClientState, useView } from '../../game/context.tsx';
import { useTableOfOne } from '../../game/solo-table.ts';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { localText } from '../../i18n/format.ts';
import { useFocusOnChange } from '../../ui/focus.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { PhaseBar } from '../dashboard/PhaseBar.tsx';
import { HostControls } from '../host/HostControls.tsx';
import { ScoreBreakdown } from '../scores/ScoreBreakdown.tsx';
import { TeamPanel } from '../team/TeamPanel.tsx';
import { RoleBrief } from './RoleBrief.tsx';
import './briefing.css';

/**
 * Before round one: the role's public brief, its confidential objectives and exactly how it is scored,
 * and for a seat played by a team, the team (who is in it, the captain) and its chat.
 * Someone who joined a game already under way sees it first too, with `onContinue` to go on to the game.
 */
export function BriefingScreen({ onContinue }: { onContinue?: () => void } = {}) {
  const { t, i18n } = useTranslation();
  const ft = useFacilitatorText();
  const view = useView();
  const { seat, roster } = useClientState();
  // A class session's table has no code of its own (the roster's is null): its host is the facilitator.
  const inClass = roster?.code === null;
  useDocumentTitle(t('briefing.hostTitle'));
  const heading = useFocusOnChange<HTMLHeadingElement>('briefing');
  const alone = useTableOfOne();
  const you = view.you;
  const language = i18n.language;
  const others = ROLE_IDS.filter((role) => role !== you?.role);
  return (
    <div className="screen briefing">
      <div className="dash-top">
        <PhaseBar />
        {seat?.isHost ? <HostControls /> : null}
      </div>
      <h1 data-testid="briefing-title" ref={heading} tabIndex={-1}>
        {you ? localText(you.brief.title, language) : t('briefing.hostTitle')}
      </h1>
      {onContinue ? <p className="card-lead">{t('briefing.lateLead')}</p> : null}
      {/* Said before anyone writes a word: private messages are private from the other seats, not from the facilitator. */}
      <p className="transcript-notice" data-testid="transcript-notice">
        {ft(alone ? 'briefing.transcriptNoticeAlone' : 'briefing.transcriptNotice')}
      </p>
      {/* A team agrees its strategy (and its captain) while it reads: members, captain and team chat first. */}
      {you ? <TeamPanel view={view} seat={you.role} /> : null}
      {you ? (
        <div className="briefing-grid">
          <RoleBrief brief={you.brief} headingLevel={2} />
          <section className="card scoring" aria-labelledby="scoring-title">
            <h2 id="scoring-title">{t('briefing.scoring')}</h2>
            <p>{t('briefing.scoringLead')}</p>
            <ScoreBreakdown role={you.role} card={you.score} showWhy />
          </section>
        </div>
      ) : null}
      <section className="card" aria-labelledby="others-title">
        <h2 id="others-title">{you ? t('briefing.otherRoles') : t('briefing.allRoles')}</h2>
        {others.map((role) => (
          <details key={role} className="other-brief" open={you ? undefined : true}>
            <summary>{localText(view.seats[role].title, language)}</summary>
            <p className="brief-text">{localText(view.seats[role].publicBrief, language)}</p>
          </details>
        ))}
      </section>
      {onContinue ? (
        <p>
          <button type="button" className="button primary" onClick={onContinue}>
            {t('briefing.continue')}
          </button>
        </p>
      ) : !seat?.isHost ? (
        <p className="muted">{t(inClass ? 'briefing.waitHintClass' : 'briefing.waitHint')}</p>
      ) : null}
    </div>
  );
}
