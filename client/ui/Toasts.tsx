import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_IDS, type RoleId } from '../../shared/roles.ts';
import { InLanguage } from './InLanguage.tsx';
import type { Notice, Notifier } from './notifier.ts';

const ROLE_ID_WORD = new RegExp(`\\b(${ROLE_IDS.join('|')})\\b`, 'g');

/**
 * The server's own sentence for a refusal, as a person should read it: the server writes English with
 * role ids ("A bot plays whiteHouse."), so ids become the roles' English names. It is shown only when the
 * refusal's code has no message of its own in the reader's language (a code newer than this page's
 * texts): a Japanese player was shown the English sentence under the Japanese one, saying the same thing.
 * It stays English on every screen, marked as English where the page is not (InLanguage).
 */
export function readableDetail(
  detail: string | undefined,
  roleName: (role: RoleId) => string,
): string | null {
  if (!detail) return null;
  return detail.replace(ROLE_ID_WORD, (role) => roleName(role as RoleId));
}

function Toast({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  const translated = i18n.exists(notice.messageKey);
  const detail = readableDetail(notice.detail, (role) => t(`roles.${role}.short`, { lng: 'en' }));
  const translate = t as unknown as (key: string) => string;
  return (
    <div role="alert" className={`toast toast-${notice.kind}`} data-notice={notice.id}>
      <p className="toast-message">
        {translated || !detail ? (
          translate(notice.messageKey)
        ) : (
          <InLanguage value={{ text: detail, lang: 'en' }} />
        )}
      </p>
      <button type="button" className="toast-close" onClick={onDismiss} aria-label={t('toasts.dismiss')}>
        ×
      </button>
    </div>
  );
}

/**
 * Refusals and notices: each one is an alert, read out as it appears, and stays until the reader
 * dismisses it (its × button, or Escape) so nobody must read against a clock (WCAG 2.2.1). The region is
 * pinned to the window's top with the facilitator's message (client/app/PinnedNotices.tsx): a player far
 * down a phone's page sees the refusal where they are, and the control in use is scrolled out from under
 * it rather than covered (WCAG 2.4.11).
 */
export function Toasts({ notifier }: { notifier: Notifier }) {
  const { t } = useTranslation();
  const notices = useSyncExternalStore(notifier.store.subscribe, notifier.store.get, notifier.store.get);
  const region = useRef<HTMLElement>(null);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      // A widget that uses Escape itself (a menu, a dialog) prevents the default; then it is not ours.
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const newest = notifier.store.get().at(-1);
      if (newest) notifier.dismiss(newest.id);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [notifier]);

  /** Dismissed by its own button: focus goes to the next notice's button, or back to the main content. */
  function dismissFromButton(id: number) {
    const hadFocus = region.current?.contains(document.activeElement) ?? false;
    notifier.dismiss(id);
    if (!hadFocus) return;
    queueMicrotask(() => {
      const next = region.current?.querySelector<HTMLButtonElement>('.toast-close');
      (next ?? document.getElementById('main'))?.focus();
    });
  }

  return (
    <section ref={region} className="toasts" aria-label={t('toasts.label')}>
      {notices.map((notice) => (
        <Toast key={notice.id} notice={notice} onDismiss={() => dismissFromButton(notice.id)} />
      ))}
    </section>
  );
}
