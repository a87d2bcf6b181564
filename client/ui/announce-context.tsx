import { createContext, type ReactNode, useCallback, useContext, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { langAttribute, type TextIn } from '../i18n/text-language.ts';
import type { AnnounceOptions, Announcer, SpokenPart } from './announcer.ts';

const AnnouncerContext = createContext<Announcer | null>(null);

export function AnnouncerProvider({ announcer, children }: { announcer: Announcer; children: ReactNode }) {
  return <AnnouncerContext.Provider value={announcer}>{children}</AnnouncerContext.Provider>;
}

export function useAnnouncer(): Announcer {
  const announcer = useContext(AnnouncerContext);
  if (!announcer) throw new Error('useAnnouncer needs an AnnouncerProvider');
  return announcer;
}

/** A value put into an announcement: text in the page's language, a number, or text in a language of its own. */
export type AnnounceParams = Record<string, string | number | TextIn>;

export type Announce = (key: string, params?: AnnounceParams, options?: AnnounceOptions) => boolean;

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Marks where a value in its own language goes, to find it again in the translated line. */
const SLOT = /\uE000(\d+)\uE001/;

/**
 * The line `key` says with `params`, cut into parts: the translated words are in the page's language,
 * each `TextIn` value keeps its own (marked with `lang` when it is not the page's).
 */
export function spokenParts(
  translate: Translate,
  key: string,
  params: AnnounceParams,
  language: string,
): SpokenPart[] {
  const own: TextIn[] = [];
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'object') {
      plain[name] = `\uE000${own.length}\uE001`;
      own.push(value);
    } else plain[name] = value;
  }
  const pieces = translate(key, plain).split(new RegExp(SLOT.source, 'g'));
  // split() with a capturing group alternates: page text, a value's index, page text…
  return pieces
    .map((piece, index): SpokenPart => {
      if (index % 2 === 0) return { text: piece };
      const value = own[Number(piece)] ?? { text: '', lang: 'en' };
      const lang = langAttribute(value, language);
      return lang ? { text: value.text, lang } : { text: value.text };
    })
    .filter((part) => part.text !== '');
}

/**
 * `announce(key, params, options)`: translates an i18n key in the page's language and says it through
 * the page's one announcer. Screens call this for what their actions did ("Proposal P4 sent"); game
 * events are announced by `GameAnnouncements`, each once.
 */
export function useAnnounce(): Announce {
  const announcer = useAnnouncer();
  const { t, i18n } = useTranslation();
  return useCallback(
    (key, params, options) =>
      announcer.say(spokenParts(t as unknown as Translate, key, params ?? {}, i18n.language), options),
    [announcer, t, i18n],
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
