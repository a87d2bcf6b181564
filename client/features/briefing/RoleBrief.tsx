import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleBrief as Brief } from '../../../shared/scenario/schema.ts';
import { localText } from '../../i18n/format.ts';
import { TariffNote } from './TariffNote.tsx';
import './briefing.css';

/**
 * A seat's public brief and confidential objectives: the one markup for both the briefing screen (two
 * cards, under h2 headings) and the dashboard's brief panel (one click away all game, under h3 headings).
 * Each part is a section named by its heading, and the objectives list by its own, so a screen reader
 * announces "Your objectives, Confidential" wherever they are read.
 */
export function RoleBrief({ brief, headingLevel }: { brief: Brief; headingLevel: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const publicId = useId();
  const objectivesId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // On the briefing screen each part is a card of its own; in the panel they share the panel's card.
  const card = headingLevel === 2 ? 'card ' : '';
  return (
    <>
      <section className={`${card}public-brief`} aria-labelledby={publicId}>
        <Heading id={publicId}>{t('briefing.publicBrief')}</Heading>
        <p className="brief-text">{localText(brief.publicBrief, language)}</p>
        <TariffNote />
      </section>
      <section className={`${card}confidential`} aria-labelledby={objectivesId} data-testid="objectives">
        <Heading id={objectivesId}>
          {t('briefing.objectives')} <span className="badge">{t('briefing.confidential')}</span>
        </Heading>
        <ol className="objectives" aria-labelledby={objectivesId}>
          {brief.confidentialObjectives.map((objective) => (
            <li key={objective.en}>{localText(objective, language)}</li>
          ))}
        </ol>
      </section>
    </>
  );
}
