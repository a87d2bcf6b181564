import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Headline } from '../../shared/market/types.ts';
import { headlineText, libraryShockOf } from './format.ts';
import type { Language } from './setup.ts';

/**
 * Text with the language it is actually written in, which is not always the page's: a scenario text or a
 * headline nobody has translated yet falls back to English, the server's own sentences are English, and
 * players type in whatever language they like. Screens render such text through `InLanguage`, which marks
 * it with `lang` when it differs from the page (WCAG 3.1.2), so a screen reader switches voice.
 */
export interface TextIn {
  text: string;
  lang: Language;
}

/** The page's language as a text language (i18next may hold a regional code such as 'ja-JP'). */
export function pageLanguage(language: string): Language {
  return language.startsWith('ja') ? 'ja' : 'en';
}

/** A scenario text in the reader's language, or in English when it has no translation. */
export function localTextIn(text: { en: string; ja?: string | undefined }, language: string): TextIn {
  return pageLanguage(language) === 'ja' && text.ja
    ? { text: text.ja, lang: 'ja' }
    : { text: text.en, lang: 'en' };
}

const HEADLINE_NAMESPACES = ['headline', 'translation'] as const;

/**
 * A headline in the reader's language when it has been translated, else in English (i18next's fallback).
 * A shock's headline is its title alone: a library shock's in the language its title is shown in, a
 * facilitator's own in the language it was typed in.
 */
export function headlineIn(i18n: I18n, headline: Headline): TextIn {
  const text = headlineText(i18n, headline);
  if (headline.key === 'news.shock') {
    const shock = libraryShockOf(headline);
    return shock
      ? { text, lang: localTextIn(shock.title, i18n.language).lang }
      : typedTextIn(text, i18n.language);
  }
  const page = pageLanguage(i18n.language);
  const translated = HEADLINE_NAMESPACES.some(
    (namespace) => i18n.getResource(page, namespace, headline.key) !== undefined,
  );
  return { text, lang: translated ? page : 'en' };
}

/** Kana or kanji: text a player typed with them is Japanese; Latin letters and no Japanese script is English. */
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/u;
const LATIN_LETTER = /[A-Za-z]/;

/**
 * Free text a player typed, in the language its script shows; text in neither script (digits, emoji) is
 * taken to be in the page's language, so it is not marked.
 */
export function typedTextIn(text: string, language: string): TextIn {
  if (JAPANESE_SCRIPT.test(text)) return { text, lang: 'ja' };
  if (LATIN_LETTER.test(text)) return { text, lang: 'en' };
  return { text, lang: pageLanguage(language) };
}

/** The `lang` attribute a text needs on this page: its language when it differs, else none. */
export function langAttribute(value: TextIn, language: string): Language | undefined {
  return value.lang === pageLanguage(language) ? undefined : value.lang;
}

/** `headlineIn` for a component: headlines with the language each is shown in. */
export function useHeadlineIn(): (headline: Headline) => TextIn {
  const { i18n } = useTranslation();
  return (headline) => headlineIn(i18n, headline);
}
