import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice, Notifier } from './notifier.ts';

const SHOWN_FOR_MS = 10_000;

function Toast({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(onDismiss, SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [onDismiss]);
  const translate = t as unknown as (key: string) => string;
  return (
    <div role="alert" className={`toast toast-${notice.kind}`}>
      <p className="toast-message">{translate(notice.messageKey)}</p>
      {notice.detail ? <p className="toast-detail">{notice.detail}</p> : null}
      <button type="button" className="toast-close" onClick={onDismiss} aria-label={t('toasts.dismiss')}>
        ×
      </button>
    </div>
  );
}

/** Refusals and notices: each one is an alert, read out by screen readers as it appears. */
export function Toasts({ notifier }: { notifier: Notifier }) {
  const { t } = useTranslation();
  const notices = useSyncExternalStore(notifier.store.subscribe, notifier.store.get, notifier.store.get);
  return (
    <section className="toasts" aria-label={t('toasts.label')}>
      {notices.map((notice) => (
        <Toast key={notice.id} notice={notice} onDismiss={() => notifier.dismiss(notice.id)} />
      ))}
    </section>
  );
}
