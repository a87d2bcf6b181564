import { useTranslation } from 'react-i18next';
import { looseI18n } from './format.ts';

/** Text read by key outside the typed tree: a team's strings (team-en.ts). */
export type LooseText = (key: string, options?: Record<string, unknown>) => string;

/** A team's strings (team-en.ts), read by key: they are kept out of the typed tree. */
export function useTeamText(): LooseText {
  const { i18n } = useTranslation();
  const loose = looseI18n(i18n);
  return (key, options) => loose.t(key, options);
}
