import { useTranslation } from 'react-i18next';
import { looseI18n } from './format.ts';

/** The facilitator's strings (facilitator-en.ts), read by key: they are kept out of the typed tree. */
export function useFacilitatorText(): (key: string, options?: Record<string, unknown>) => string {
  const { i18n } = useTranslation();
  const loose = looseI18n(i18n);
  return (key, options) => loose.t(key, options);
}

/** Private talk's strings (talk-en.ts), read by key for the same reason. */
export function useTalkText(): (key: string, options?: Record<string, unknown>) => string {
  const { i18n } = useTranslation();
  const loose = looseI18n(i18n);
  return (key, options) => loose.t(key, options);
}
