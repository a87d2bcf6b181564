import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each screen names the tab ("Lobby · Leverage"), so a screen reader and a tab strip say where you are. */
export function useDocumentTitle(screen: string | null): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = screen ? `${screen} · ${app}` : app;
  }, [screen, app]);
}
