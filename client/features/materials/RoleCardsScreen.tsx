import { useTranslation } from 'react-i18next';
import { sheetFields } from '../../../shared/debrief/export.ts';
import type { MoveSheet } from '../../../shared/protocol/moves.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import type { Scenario } from '../../../shared/scenario/schema.ts';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { localText, useFormat } from '../../i18n/format.ts';
import { useFocusOnChange } from '../../ui/focus.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { fieldLabels } from '../moves/sheet-labels.ts';
import { componentText } from '../scores/score-text.ts';
import './materials.css';

/** One role's card, all from the scenario's data: title, public brief, confidential objectives, moves, scoring. */
function RoleCard({ role, scenario }: { role: RoleId; scenario: Scenario }) {
  const { t, i18n } = useTranslation();
  const ft = useFacilitatorText();
  const format = useFormat();
  const brief = scenario.briefs[role];
  const language = i18n.language;
  const moves = sheetFields(scenario.standingMoves[role] as MoveSheet).map((entry) => entry.field);
  const titleId = `card-${role}`;
  // Parts are divisions under headings, not named regions: four cards would repeat the same region names.
  return (
    <article className="card role-card" aria-labelledby={titleId} data-testid={`role-card-${role}`}>
      <h2 id={titleId}>{localText(brief.title, language)}</h2>
      <div>
        <h3 id={`${titleId}-public`}>{ft('cards.publicBrief')}</h3>
        <p className="brief-text">{localText(brief.publicBrief, language)}</p>
      </div>
      <div className="confidential">
        <h3 id={`${titleId}-objectives`}>
          {ft('cards.objectives')} <span className="badge">{t('briefing.confidential')}</span>
        </h3>
        <ol className="objectives">
          {brief.confidentialObjectives.map((objective) => (
            <li key={objective.en}>{localText(objective, language)}</li>
          ))}
        </ol>
      </div>
      <div>
        <h3 id={`${titleId}-moves`}>{ft('cards.moves')}</h3>
        <p>{fieldLabels(t, role, moves)}</p>
      </div>
      <div>
        <h3 id={`${titleId}-scoring`}>{ft('cards.scoring')}</h3>
        <ul>
          {scenario.scoring[role].map((rule) => {
            const text = componentText(i18n, role, rule.id);
            return (
              <li key={rule.id}>
                <strong>{text.label}</strong> ({format.percent(rule.weight * 100)})
                {text.why ? `: ${text.why}` : ''}
              </li>
            );
          })}
        </ul>
      </div>
    </article>
  );
}

/** Printable role cards for a class: one page per role, from the default scenario. */
export function RoleCardsScreen() {
  const ft = useFacilitatorText();
  useDocumentTitle(ft('cards.title'));
  const heading = useFocusOnChange<HTMLHeadingElement>('cards');
  return (
    <div className="screen role-cards">
      <h1 ref={heading} tabIndex={-1} data-testid="cards-title">
        {ft('cards.title')}
      </h1>
      <p className="card-lead">{ft('cards.lead')}</p>
      <p className="cards-tools">
        <button type="button" className="button primary" onClick={() => window.print()}>
          {ft('cards.print')}
        </button>
      </p>
      {ROLE_IDS.map((role) => (
        <RoleCard key={role} role={role} scenario={DEFAULT_SCENARIO} />
      ))}
    </div>
  );
}
