import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { GameAnnouncements } from '../features/announce/GameAnnouncements.tsx';
import { BriefingScreen } from '../features/briefing/BriefingScreen.tsx';
import { LobbyScreen } from '../features/lobby/LobbyScreen.tsx';
import { SeatRequestPrompt } from '../features/lobby/SeatRequestPrompt.tsx';
import { useClientState, useGameClient } from '../game/context.tsx';

// The dashboard and the end screen carry the charts and the market model: loaded when first needed.
const loadDashboard = () => import('../features/dashboard/DashboardScreen.tsx');
const DashboardScreen = lazy(() => loadDashboard().then((module) => ({ default: module.DashboardScreen })));
const EndScreen = lazy(() =>
  import('../features/end/EndScreen.tsx').then((module) => ({ default: module.EndScreen })),
);

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** Shows the screen for the game's phase once this browser is back in its seat. */
export function GameRouter({ gameId }: { gameId: string }) {
  const { t } = useTranslation();
  const client = useGameClient();
  const { seatStatus } = useClientState();

  useEffect(() => {
    client.enterGame(gameId);
  }, [client, gameId]);

  useEffect(() => () => client.leaveGame(), [client]);

  if (seatStatus === 'missing' || seatStatus === 'lost' || seatStatus === 'removed') {
    return (
      <section className="screen narrow" aria-labelledby="no-seat-title">
        <h1 id="no-seat-title">{t(`seat.${seatStatus}Title`)}</h1>
        <p>{t(`seat.${seatStatus}Body`)}</p>
        <p>
          <a className="button" href="#/">
            {t('seat.backHome')}
          </a>
        </p>
      </section>
    );
  }

  return (
    <>
      <GameAnnouncements />
      <SeatRequestPrompt />
      <PhaseScreen />
    </>
  );
}

function PhaseScreen() {
  const client = useGameClient();
  const { game, roster, lateBrief } = useClientState();
  const phase = game?.view.phase ?? (roster ? 'lobby' : null);
  // Fetched while the brief is read: on a slow machine or network, downloading and parsing the
  // dashboard when the news begins took seconds of a news phase that lasts 15.
  useEffect(() => {
    if (phase === 'briefing') void loadDashboard();
  }, [phase]);
  if (!phase) return <Loading />;
  if (phase === 'lobby') return <LobbyScreen />;
  if (!game) return <Loading />;
  if (phase === 'briefing') return <BriefingScreen />;
  // Joined a game under way: the seat's brief and objectives first.
  if (lateBrief && phase !== 'ended') return <BriefingScreen onContinue={() => client.closeLateBrief()} />;
  return (
    <Suspense fallback={<Loading />}>{phase === 'ended' ? <EndScreen /> : <DashboardScreen />}</Suspense>
  );
}
