import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsoleScreen } from '../features/classroom/ConsoleScreen.tsx';
import { HomeScreen } from '../features/home/HomeScreen.tsx';
import { ProjectorScreen } from '../features/projector/ProjectorScreen.tsx';
import { AnnouncerProvider } from '../ui/announce-context.tsx';
import type { Announcer } from '../ui/announcer.ts';
import { ConnectionIndicator } from '../ui/ConnectionIndicator.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { JumpLink } from '../ui/JumpLink.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { AnnounceSetting, LiveRegions } from '../ui/LiveRegions.tsx';
import type { Notifier } from '../ui/notifier.ts';
import { GameRouter } from './GameRouter.tsx';
import { PinnedNotices } from './PinnedNotices.tsx';
import { type Route, useRoute } from './routes.ts';

// The debrief and the role cards are for the facilitator after (or before) a game: loaded when opened.
const DebriefScreen = lazy(() =>
  import('../features/debrief/DebriefScreen.tsx').then((module) => ({ default: module.DebriefScreen })),
);
const ClassDebriefScreen = lazy(() =>
  import('../features/debrief/ClassDebriefScreen.tsx').then((module) => ({
    default: module.ClassDebriefScreen,
  })),
);
const RoleCardsScreen = lazy(() =>
  import('../features/materials/RoleCardsScreen.tsx').then((module) => ({ default: module.RoleCardsScreen })),
);

function RouteScreen({ route, returning }: { route: Route; returning: boolean }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'game':
      return <GameRouter gameId={route.gameId} />;
    case 'console':
      return <ConsoleScreen classroomId={route.classroomId} />;
    case 'projector':
      return <ProjectorScreen classroomId={route.classroomId} projectorKey={route.key} />;
    case 'home':
      return (
        <HomeScreen
          returning={returning}
          {...(route.joinCode ? { joinCode: route.joinCode } : {})}
          {...(route.classCode ? { classCode: route.classCode } : {})}
        />
      );
    case 'debrief':
    case 'classDebrief':
    case 'cards':
      return (
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('app.loading')}
            </p>
          }
        >
          {route.name === 'debrief' ? (
            <DebriefScreen
              gameId={route.gameId}
              {...(route.classroomId ? { classroomId: route.classroomId } : {})}
            />
          ) : route.name === 'classDebrief' ? (
            <ClassDebriefScreen classroomId={route.classroomId} />
          ) : (
            <RoleCardsScreen />
          )}
        </Suspense>
      );
  }
}

function routeKey(route: Route): string {
  if (route.name === 'game' || route.name === 'debrief') return `${route.name}:${route.gameId}`;
  return route.name === 'classDebrief' ? `${route.name}:${route.classroomId}` : route.name;
}

export function App({ notifier, announcer }: { notifier: Notifier; announcer: Announcer }) {
  const { t } = useTranslation();
  const route = useRoute();
  // Once the page has shown a game or a class console, coming home (Play again, Back home, the
  // browser's Back) is a screen change like any other; a page opened at home leaves focus at its top,
  // where Tab starts.
  const [shownElsewhere, setShownElsewhere] = useState(route.name !== 'home');
  useEffect(() => {
    if (route.name !== 'home') setShownElsewhere(true);
  }, [route.name]);
  return (
    <AnnouncerProvider announcer={announcer}>
      <LiveRegions />
      <JumpLink className="skip-link" to="main">
        {t('app.skipToContent')}
      </JumpLink>
      <header className="app-header">
        <a className="brand" href="#/">
          <span className="brand-mark" aria-hidden="true">
            ¥$
          </span>
          {t('app.name')}
        </a>
        <div className="app-header-tools">
          <ConnectionIndicator />
          <LanguageSwitcher />
          <AnnounceSetting />
        </div>
      </header>
      <PinnedNotices notifier={notifier} gameId={route.name === 'game' ? route.gameId : null} />
      {/* The big screen's view takes the whole width: its type grows with the screen, and a capped page
          fitted one table a row on a 1920-pixel projector. */}
      <main id="main" tabIndex={-1} className={route.name === 'projector' ? 'full-width' : undefined}>
        <ErrorBoundary key={routeKey(route)}>
          <RouteScreen route={route} returning={shownElsewhere} />
        </ErrorBoundary>
      </main>
    </AnnouncerProvider>
  );
}
