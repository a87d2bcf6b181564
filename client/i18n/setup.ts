import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/languages.ts';
import { addFormats } from './format.ts';
import { resources } from './resources.ts';

export { LANGUAGES, type Language };
export const LANGUAGE_KEY = 'leverage.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The saved choice, else the browser's preference, else English. */
export function preferredLanguage(storage: Storage | null, navigatorLanguages: readonly string[]): Language {
  try {
    const saved = storage?.getItem(LANGUAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage disabled: fall through.
  }
  return navigatorLanguages.some((language) => language.toLowerCase().startsWith('ja')) ? 'ja' : 'en';
}

/** A fresh i18next instance (tests make their own); the document's `lang` follows the language. */
export function createI18n(language: Language, onChange?: (language: string) => void): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: ['translation', 'headline'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  addFormats(instance);
  if (onChange) instance.on('languageChanged', onChange);
  return instance;
}
