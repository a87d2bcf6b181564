import { useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnouncePreference, useAnnouncer } from './announce-context.tsx';
import { ANNOUNCE_PREFERENCES, type Announcement, isAnnouncePreference } from './announcer.ts';

/** One line of a live region, each stretch in another language marked with its `lang`. */
function Line({ line }: { line: Announcement }) {
  return (
    <p>
      {line.parts.map((part, index) =>
        part.lang ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a line's parts never change order
          <span key={index} lang={part.lang}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}

/**
 * The page's two live regions, present from the first paint (a region added together with its text is
 * often not read): polite for events, assertive only for time running out.
 */
export function LiveRegions() {
  const announcer = useAnnouncer();
  const regions = useSyncExternalStore(
    announcer.regions.subscribe,
    announcer.regions.get,
    announcer.regions.get,
  );
  return (
    <>
      <div className="sr-only" role="status" aria-live="polite" data-testid="announcer">
        {regions.polite.map((line) => (
          <Line key={line.id} line={line} />
        ))}
      </div>
      <div className="sr-only" role="alert" aria-live="assertive" data-testid="announcer-urgent">
        {regions.assertive.map((line) => (
          <Line key={line.id} line={line} />
        ))}
      </div>
    </>
  );
}

/** The person's choice of what the announcer says: all, only their turn and results, or nothing. */
export function AnnounceSetting() {
  const { t } = useTranslation();
  const announcer = useAnnouncer();
  const preference = useAnnouncePreference();
  const id = useId();
  return (
    <div className="announce-setting">
      <label htmlFor={id}>{t('announce.setting')}</label>
      <select
        id={id}
        value={preference}
        onChange={(event) => {
          if (isAnnouncePreference(event.target.value)) announcer.setPreference(event.target.value);
        }}
      >
        {ANNOUNCE_PREFERENCES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`announce.preference.${choice}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
