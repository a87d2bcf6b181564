import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_IDS, type RoleId } from '../../shared/roles.ts';
import type { Notice, Notifier } from './notifier.ts';

const ROLE_ID_WORD = new RegExp(`\\b(${ROLE_IDS.join('|')})\\b`, 'g');

/**
 * The server's own sentence under a refusal, as a person should read it: the server writes English
 * with role ids ("A bot plays whiteHouse."), so ids become role names, and a screen in another
 * language shows only its translated message rather than an English line beneath it.
 */
export function readableDetail(
  detail: string | undefined,
  language: string,
  roleName: (role: RoleId) => string,
): string | null {
  if (!detail || !language.startsWith('en')) return null;
  return detail.replace(ROLE_ID_WORD, (role) => roleName(role as RoleId));
}

const SHOWN_FOR_MS = 10_000;

function Toast({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  const detail = readableDetail(notice.detail, i18n.language, (role) => t(`roles.${role}.short`));
  useEffect(() => {
    const timer = setTimeout(onDismiss, SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [onDismiss]);
  const translate = t as unknown as (key: string) => string;
  return (
    <div role="alert" className={`toast toast-${notice.kind}`}>
      <p className="toast-message">{translate(notice.messageKey)}</p>
      {detail ? <p className="toast-detail">{detail}</p> : null}
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
