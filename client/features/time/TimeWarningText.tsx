import { useTranslation } from 'react-i18next';
import type { TimeWarningNotice } from './time-warning.ts';

/**
 * The warning before a deadline, as text on screen. It is a polite status region so that it is heard
 * once per threshold (its text changes only at 30 s and 10 s, not every second). When the game's single
 * announcer lands (issue 12, part A), this text is what it should read: `timeWarningNotice` is the hook.
 */
export function TimeWarningText({ notice }: { notice: TimeWarningNotice | null }) {
  const { t } = useTranslation();
  const text =
    notice === null
      ? ''
      : t(notice.sheetMissing ? 'time.warningSheet' : 'time.warning', { count: notice.seconds });
  return (
    <p className={text ? 'time-warning' : 'time-warning empty'} role="status" data-testid="time-warning">
      {text ? (
        <>
          <span aria-hidden="true">⏰ </span>
          {text}
        </>
      ) : null}
    </p>
  );
}
