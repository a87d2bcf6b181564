import { useTranslation } from 'react-i18next';
import type { Annotation, TableDebrief } from '../../../shared/debrief/table.ts';
import { phraseHeadline } from '../../../shared/protocol/phrases.ts';
import { DEFAULT_SHOCKS } from '../../../shared/scenario/shocks.ts';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { localText, useFormat } from '../../i18n/format.ts';
import { typedTextIn, useHeadlineIn } from '../../i18n/text-language.ts';
import { InLanguage } from '../../ui/InLanguage.tsx';
import { MarketCharts } from '../charts/MarketCharts.tsx';
import { describeTerm, roleList } from '../deals/term-text.ts';

function AnnotationText({ annotation }: { annotation: Annotation }) {
  const { t, i18n } = useTranslation();
  const ft = useFacilitatorText();
  const headline = useHeadlineIn();
  switch (annotation.kind) {
    case 'statement':
      return (
        <>
          {ft('debrief.annotation.statement', { role: t(`roles.${annotation.role}.short`) })}
          {annotation.phrase ? (
            <InLanguage value={headline(phraseHeadline({ ...annotation, phrase: annotation.phrase }))} />
          ) : (
            <q>
              <InLanguage value={typedTextIn(annotation.text, i18n.language)} />
            </q>
          )}
        </>
      );
    case 'deal':
      return (
        <>
          {ft('debrief.annotation.deal', {
            id: annotation.dealId,
            roles: roleList(t, annotation.signatories),
            terms: annotation.terms.map((term) => describeTerm(t, term)).join('; '),
          })}
        </>
      );
    case 'breach':
      return (
        <>
          {ft('debrief.annotation.breach', {
            role: t(`roles.${annotation.role}.short`),
            id: annotation.dealId,
            term: describeTerm(t, annotation.term),
          })}
        </>
      );
    case 'shock': {
      const shock = DEFAULT_SHOCKS.find((candidate) => candidate.id === annotation.shockId);
      return (
        <>
          {ft('debrief.annotation.shock')}
          {shock ? localText(shock.title, i18n.language) : annotation.shockId}
        </>
      );
    }
  }
}

/** The market charts with their event markers, then each round in words: what happened, where it closed. */
export function DebriefTimeline({ debrief }: { debrief: TableDebrief }) {
  const ft = useFacilitatorText();
  const format = useFormat();
  return (
    <section className="card debrief-section" aria-labelledby="debrief-timeline">
      <h2 id="debrief-timeline">{ft('debrief.timeline')}</h2>
      <MarketCharts view={debrief} />
      <p>
        {ft('debrief.panicPeak', {
          panic: format.number(debrief.panicPeak.panic, 1),
          round: debrief.panicPeak.round,
        })}
      </p>
      <table className="compact-table debrief-rounds" data-testid="debrief-rounds">
        <caption>{ft('debrief.roundsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{ft('debrief.roundColumn')}</th>
            <th scope="col">{ft('debrief.events')}</th>
            <th scope="col">{ft('debrief.close')}</th>
          </tr>
        </thead>
        <tbody>
          {debrief.timeline.map((round) => {
            const close = round.path.at(-1);
            return (
              <tr key={round.round}>
                <th scope="row">{round.round}</th>
                <td>
                  {round.annotations.length === 0 && !round.backstop ? (
                    <span className="muted">{ft('debrief.nothingHappened')}</span>
                  ) : (
                    <ul className="debrief-events">
                      {round.annotations.map((annotation, index) => (
                        // Annotations have no id of their own; the list is fixed and sorted by time.
                        // biome-ignore lint/suspicious/noArrayIndexKey: fixed order
                        <li key={`${annotation.kind}:${annotation.at}:${index}`} data-kind={annotation.kind}>
                          <time dateTime={new Date(annotation.at).toISOString()}>
                            {format.time(annotation.at)}
                          </time>{' '}
                          <AnnotationText annotation={annotation} />
                        </li>
                      ))}
                      {round.backstop ? <li>{ft('debrief.backstop')}</li> : null}
                    </ul>
                  )}
                </td>
                <td>
                  {close
                    ? ft('debrief.closeFigures', {
                        yield: format.percent(close.yield10y, 2),
                        mortgage: format.percent(close.mortgageRate, 2),
                        yen: format.number(close.usdJpy, 1),
                        panic: format.number(close.panic, 1),
                      })
                    : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
