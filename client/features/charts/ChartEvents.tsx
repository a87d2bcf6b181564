import { useTranslation } from 'react-i18next';
import { phraseHeadline } from '../../../shared/protocol/phrases.ts';
import { DEFAULT_SHOCKS } from '../../../shared/scenario/shocks.ts';
import { listOf, useFormat } from '../../i18n/format.ts';
import { localTextIn, type TextIn, typedTextIn, useHeadlineIn } from '../../i18n/text-language.ts';
import { InLanguage } from '../../ui/InLanguage.tsx';
import type { MarketEvent } from './chart-data.ts';

/** What an event was, in words: a label in the page's language, then what was said or shown, in its own. */
interface EventText {
  label: string;
  body: TextIn | null;
}

function useEventText(): (event: MarketEvent) => EventText {
  const { t, i18n } = useTranslation();
  const headline = useHeadlineIn();
  const roles = (ids: string) =>
    listOf(
      t,
      ids.split(',').map((role) => t(`roles.${role as 'tokyo'}.short`)),
    );
  return (event) => {
    switch (event.kind) {
      case 'statement': {
        const role = event.role ? t(`roles.${event.role}.short`) : '';
        const words = event.phrase
          ? headline(phraseHeadline({ ...event, phrase: event.phrase }))
          : typedTextIn(event.text ?? '', i18n.language);
        return { label: t('charts.eventStatement', { role }), body: words };
      }
      case 'deal':
        return { label: t('charts.eventDeal', { roles: roles(event.detail) }), body: null };
      case 'shock': {
        const shock = DEFAULT_SHOCKS.find((candidate) => candidate.id === event.detail);
        const title = shock
          ? localTextIn(shock.title, i18n.language)
          : { text: event.detail, lang: 'en' as const };
        return { label: t('charts.eventShock'), body: title };
      }
      case 'round':
        return { label: t('charts.eventRound', { round: event.detail }), body: null };
    }
  };
}

function EventCell({ text }: { text: EventText }) {
  const { t } = useTranslation();
  return (
    <td>
      {text.label}
      {text.body ? (
        <>
          {t('charts.eventGap')}
          <InLanguage value={text.body} />
        </>
      ) : null}
    </td>
  );
}

/**
 * The events the charts mark, listed with their time and what happened, not just counted: the markers on
 * the time axis say "something happened here" only to those who can see them.
 */
export function ChartEvents({ events }: { events: readonly MarketEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const textOf = useEventText();
  return (
    <details className="chart-data chart-events">
      <summary>{t('charts.eventsTitle', { count: events.length })}</summary>
      {events.length === 0 ? (
        <p className="muted">{t('charts.eventsNone')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
        <section className="table-scroll" aria-label={t('charts.eventsCaption')} tabIndex={0}>
          <table className="compact-table">
            <caption>{t('charts.eventsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('charts.time')}</th>
                <th scope="col">{t('charts.event')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event, index) => (
                // Events have no id of their own; the list is sorted by time and only grows.
                // biome-ignore lint/suspicious/noArrayIndexKey: stable order
                <tr key={`${event.kind}:${event.at}:${index}`}>
                  <td>
                    <time dateTime={new Date(event.at).toISOString()}>{format.time(event.at)}</time>
                  </td>
                  <EventCell text={textOf(event)} />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </details>
  );
}
