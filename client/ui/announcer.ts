import { createStore, type Store } from '../game/store.ts';
import type { Language } from '../i18n/setup.ts';

/**
 * What a person chose to hear: everything (news and statements too), only what is theirs to act on and
 * their results (phase changes, a proposal or message for them, round results, the end), or nothing.
 */
export const ANNOUNCE_PREFERENCES = ['all', 'essential', 'off'] as const;
export type AnnouncePreference = (typeof ANNOUNCE_PREFERENCES)[number];
export const ANNOUNCE_PREFERENCE_KEY = 'leverage.announce';

/** `essential`: heard unless announcements are off; `detail`: heard only by those who chose "all". */
export type AnnouncementLevel = 'essential' | 'detail';

export interface AnnounceOptions {
  level?: AnnouncementLevel;
  /** Read at once, interrupting: only for time running out. */
  urgent?: boolean;
  /** An event's own key: the same event reaching the page twice (a resync, a re-render) is said once. */
  once?: string;
}

/**
 * A stretch of a line: `lang` marks one in another language than the page's (an English statement a
 * player typed, read out on a Japanese screen), so a screen reader switches voice for it (WCAG 3.1.2).
 */
export interface SpokenPart {
  text: string;
  lang?: Language;
}

export interface Announcement {
  id: number;
  /** The whole line, as heard. */
  text: string;
  parts: readonly SpokenPart[];
}

export interface LiveRegions {
  polite: Announcement[];
  assertive: Announcement[];
}

export interface Announcer {
  /** What each live region holds now (the latest few lines; a screen reader reads each line as it is added). */
  regions: Store<LiveRegions>;
  preference: Store<AnnouncePreference>;
  /** Says `line` (text in the page's language, or parts) if the person's choice lets it through; false when not said. */
  say(line: string | readonly SpokenPart[], options?: AnnounceOptions): boolean;
  setPreference(preference: AnnouncePreference): void;
}

/** Lines kept in each region: older ones leave (removals are not read), so the region never grows. */
const KEPT = 3;

export function isAnnouncePreference(value: unknown): value is AnnouncePreference {
  return typeof value === 'string' && (ANNOUNCE_PREFERENCES as readonly string[]).includes(value);
}

export interface PreferenceStorage {
  read(): string | null;
  write(value: string): void;
}

/**
 * The page's one announcer: every event a screen reader should hear goes through it, into a single
 * polite live region (and an assertive one for time running out). Nothing else on the page is a live
 * region for game events, so nothing is read twice.
 */
export function createAnnouncer(storage?: PreferenceStorage): Announcer {
  const stored = storage?.read();
  const preference = createStore<AnnouncePreference>(isAnnouncePreference(stored) ? stored : 'all');
  const regions = createStore<LiveRegions>({ polite: [], assertive: [] });
  const said = new Set<string>();
  let nextId = 1;
  return {
    regions,
    preference,
    say(spoken, { level = 'essential', urgent = false, once } = {}) {
      const parts = typeof spoken === 'string' ? [{ text: spoken }] : spoken;
      const text = parts.map((part) => part.text).join('');
      if (once !== undefined) {
        // Marked even when not said: turning announcements back on must not replay the past.
        if (said.has(once)) return false;
        said.add(once);
      }
      const choice = preference.get();
      if (choice === 'off' || (choice === 'essential' && level === 'detail') || text.trim() === '')
        return false;
      const line = { id: nextId++, text, parts };
      regions.set((current) =>
        urgent
          ? { ...current, assertive: [...current.assertive, line].slice(-KEPT) }
          : { ...current, polite: [...current.polite, line].slice(-KEPT) },
      );
      return true;
    },
    setPreference(next) {
      preference.set(next);
      storage?.write(next);
    },
  };
}
