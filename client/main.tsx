// The shared stylesheet comes first, so each feature's own stylesheet (imported by its screen) can refine it.
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App.tsx';
import { gameHash, navigate } from './app/routes.ts';
import { ClassroomClient } from './classroom/classroom-client.ts';
import { ClassroomClientProvider } from './classroom/context.tsx';
import { GameClientProvider } from './game/context.tsx';
import { GameClient } from './game/game-client.ts';
import { createI18n, LANGUAGE_KEY, preferredLanguage } from './i18n/setup.ts';
import { createSeatStore } from './net/seat-store.ts';
import { openGameSocket } from './net/socket-port.ts';
import { ANNOUNCE_PREFERENCE_KEY, createAnnouncer } from './ui/announcer.ts';
import { createNotifier } from './ui/notifier.ts';

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const storage = safeStorage();
const i18n = createI18n(
  preferredLanguage(storage, navigator.languages ?? [navigator.language]),
  (language) => {
    document.documentElement.lang = language;
    try {
      storage?.setItem(LANGUAGE_KEY, language);
    } catch {
      // Not saved: the choice lasts until the page closes.
    }
  },
);
document.documentElement.lang = i18n.language;

const notifier = createNotifier();
const announcer = createAnnouncer({
  read: () => storage?.getItem(ANNOUNCE_PREFERENCE_KEY) ?? null,
  write: (value) => {
    try {
      storage?.setItem(ANNOUNCE_PREFERENCE_KEY, value);
    } catch {
      // Not saved: the choice lasts until the page closes.
    }
  },
});
const socket = openGameSocket();
const seats = createSeatStore(storage ?? window.sessionStorage);
const client = new GameClient({
  socket,
  seats,
  onError: (error) =>
    notifier.push({ kind: 'error', messageKey: `errors.${error.code}`, detail: error.message }),
});

const classroom = new ClassroomClient({
  socket,
  seats,
  storage: storage ?? window.sessionStorage,
  onSeated: (tableId, seatedNow) => {
    if (seatedNow) client.briefOnArrival();
    navigate(gameHash(tableId));
  },
  onError: (error) =>
    notifier.push({ kind: 'error', messageKey: `errors.${error.code}`, detail: error.message }),
});

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <GameClientProvider client={client}>
        <ClassroomClientProvider client={classroom}>
          <App notifier={notifier} announcer={announcer} />
        </ClassroomClientProvider>
      </GameClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
