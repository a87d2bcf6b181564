import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsoleScreen } from '../features/classroom/ConsoleScreen.tsx';
import { HomeScreen } from '../features/home/HomeScreen.tsx';
import { AnnouncerProvider } from '../ui/announce-context.tsx';
import type { Announcer } from '../ui/announcer.ts';
import { ConnectionIndicator } from '../ui/ConnectionIndicator.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { JumpLink } from '../ui/JumpLink.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { AnnounceSetting, LiveRegions } from '../ui/LiveRegions.tsx';
import type { Notifier } from '../ui/notifier.ts';
import { Toasts } from '../ui/Toasts.tsx';
import { GameRouter } from './GameRouter.tsx';
import { useRoute } from './routes.ts';

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
      <Toasts notifier={notifier} />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={route.name === 'game' ? route.gameId : route.name}>
          {route.name === 'game' ? (
            <GameRouter gameId={route.gameId} />
          ) : route.name === 'console' ? (
            <ConsoleScreen classroomId={route.classroomId} />
          ) : (
            <HomeScreen
              returning={shownElsewhere}
              {...(route.joinCode ? { joinCode: route.joinCode } : {})}
              {...(route.classCode ? { classCode: route.classCode } : {})}
            />
          )}
        </ErrorBoundary>
      </main>
    </AnnouncerProvider>
  );
}
