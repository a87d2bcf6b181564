import { useTranslation } from 'react-i18next';
import type { TimeWarningNotice } from './time-warning.ts';

/**
 * The warning before a deadline, as text on screen. It is not a live region: the page's announcer says
 * it (PhaseBar), once per threshold, so it is never heard twice.
 */
export function TimeWarningText({ notice }: { notice: TimeWarningNotice | null }) {
  const { t } = useTranslation();
  const text =
    notice === null
      ? ''
      : t(notice.sheetMissing ? 'time.warningSheet' : 'time.warning', { count: notice.seconds });
  return (
    <p className={text ? 'time-warning' : 'time-warning empty'} data-testid="time-warning">
      {text ? (
        <>
          <span aria-hidden="true">⏰ </span>
          {text}
        </>
      ) : null}
    </p>
  );
}
