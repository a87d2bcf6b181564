import { createContext, type ReactNode, useCallback, useContext, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnounceOptions, Announcer } from './announcer.ts';

const AnnouncerContext = createContext<Announcer | null>(null);

export function AnnouncerProvider({ announcer, children }: { announcer: Announcer; children: ReactNode }) {
  return <AnnouncerContext.Provider value={announcer}>{children}</AnnouncerContext.Provider>;
}

export function useAnnouncer(): Announcer {
  const announcer = useContext(AnnouncerContext);
  if (!announcer) throw new Error('useAnnouncer needs an AnnouncerProvider');
  return announcer;
}

export type Announce = (
  key: string,
  params?: Record<string, string | number>,
  options?: AnnounceOptions,
) => boolean;

/**
 * `announce(key, params, options)`: translates an i18n key in the page's language and says it through
 * the page's one announcer. Screens call this for what their actions did ("Proposal P4 sent"); game
 * events are announced by `GameAnnouncements`, each once.
 */
export function useAnnounce(): Announce {
  const announcer = useAnnouncer();
  const { t } = useTranslation();
  return useCallback(
    (key, params, options) => {
      const translate = t as unknown as (key: string, params?: Record<string, string | number>) => string;
      return announcer.say(translate(key, params), options);
    },
    [announcer, t],
  );
}

export function useAnnouncePreference() {
  const announcer = useAnnouncer();
  return useSyncExternalStore(
    announcer.preference.subscribe,
    announcer.preference.get,
    announcer.preference.get,
  );
}
