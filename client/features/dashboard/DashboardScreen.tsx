import { useTranslation } from 'react-i18next';
import { useClientState, useView } from '../../game/context.tsx';
import { useFocusOnChange } from '../../ui/focus.ts';
import { JumpLink, jumpTo } from '../../ui/JumpLink.tsx';
import { MOVE_SHEET_SHORTCUT, useShortcut } from '../../ui/shortcuts.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { MarketCharts } from '../charts/MarketCharts.tsx';
import { ChatPanel } from '../chat/ChatPanel.tsx';
import { DealsPanel } from '../deals/DealsPanel.tsx';
import { HostControls } from '../host/HostControls.tsx';
import { MoveSheetPanel } from '../moves/MoveSheetPanel.tsx';
import { NewsTicker } from '../news/NewsTicker.tsx';
import { RoundReports } from '../news/RoundReport.tsx';
import { ScoresPanel } from '../scores/ScoresPanel.tsx';
import { SeatTakeoverNotice } from '../takeover/SeatTakeoverNotice.tsx';
import { TeamPanel } from '../team/TeamPanel.tsx';
import { BriefPanel } from './BriefPanel.tsx';
import { PhaseBar } from './PhaseBar.tsx';
import './dashboard.css';

/** One screen for the whole round: three columns on a laptop, one on a phone. */
export function DashboardScreen() {
  const { t } = useTranslation();
  const view = useView();
  const { seat } = useClientState();
  const role = view.you?.role;
  useDocumentTitle(
    `${t(`phase.names.${view.phase}`)} · ${t('phase.round', { round: view.round, rounds: view.rounds })}`,
  );
  // Arriving, and each new round, focus goes to the phase's heading; within a round it does too, unless
  // the player is typing in a field (the announcer tells them the phase instead).
  const phaseHeading = useFocusOnChange<HTMLHeadingElement>(`${view.round}:${view.phase}`, (previous) =>
    previous?.startsWith(`${view.round}:`) ? 'phase' : 'screen',
  );
  useShortcut(MOVE_SHEET_SHORTCUT, () => {
    if (role) jumpTo('move-sheet-title');
  });
  return (
    <div className="screen dashboard">
      <h1 className="dashboard-title">
        {role ? t('dashboard.titleFor', { role: t(`roles.${role}.name`) }) : t('dashboard.titleHost')}
      </h1>
      <nav className="jump-nav" aria-label={t('dashboard.jump')}>
        <JumpLink to="market-title">{t('dashboard.market')}</JumpLink>
        {role ? (
          <JumpLink to="move-sheet-title" shortcut={MOVE_SHEET_SHORTCUT.label}>
            {t('dashboard.moves')}
          </JumpLink>
        ) : null}
        <JumpLink to="deals-title">{t('deals.title')}</JumpLink>
        <JumpLink to="chat-title">{t('chat.title')}</JumpLink>
        <JumpLink to="scores-title">{t('scores.title')}</JumpLink>
      </nav>
      <div className="dash-top">
        <PhaseBar headingRef={phaseHeading} />
        {seat?.isHost ? <HostControls /> : null}
      </div>
      <SeatTakeoverNotice view={view} />
      {view.you ? <BriefPanel you={view.you} /> : null}
      <NewsTicker />
      <section className="card dash-market" aria-labelledby="market-title">
        <h2 id="market-title">{t('dashboard.market')}</h2>
        <MarketCharts view={view} />
      </section>
      <div className={`dash-grid ${role ? '' : 'no-seat'}`}>
        {role ? (
          <div className="dash-col dash-actions">
            <MoveSheetPanel view={view} />
          </div>
        ) : null}
        <div className="dash-col dash-deals">
          <RoundReports
            reports={view.reports}
            seats={view.seats}
            you={view.you?.role ?? null}
            ownScores={view.you?.reportScores}
          />
          <DealsPanel view={view} />
        </div>
        <div className="dash-col dash-social">
          {role ? <TeamPanel view={view} seat={role} /> : null}
          <ChatPanel view={view} />
          <ScoresPanel view={view} />
        </div>
      </div>
    </div>
  );
}
