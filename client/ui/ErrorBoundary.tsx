import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Fallback() {
  const { t } = useTranslation();
  return (
    <section className="screen narrow" role="alert">
      <h1>{t('app.crashTitle')}</h1>
      <p>{t('app.crashBody')}</p>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </section>
  );
}

/**
 * A screen that throws shows a way back instead of a blank page: a reload returns the player to the
 * same seat, with the drafts that storage kept.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[leverage] a screen failed', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <Fallback /> : this.props.children;
  }
}
