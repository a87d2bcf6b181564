import { useTranslation } from 'react-i18next';
import { sheetFields } from '../../../shared/debrief/export.ts';
import type { RoundSheets } from '../../../shared/debrief/round-sheets.ts';
import { unreadFields } from '../../../shared/protocol/moves.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { looseI18n } from '../../i18n/format.ts';
import { fieldLabels } from '../moves/sheet-labels.ts';

/** Which list of option names a sheet field's value is one of (moves.options.<group>.<value>). */
const OPTION_GROUPS: Readonly<Record<string, string>> = {
  treasuryAction: 'treasuryAction',
  yenIntervention: 'yenIntervention',
  stance: 'stance',
  treasuryDuration: 'duration',
  researchNote: 'researchNote',
  lobbyingDirection: 'lobbyingDirection',
};

function valueText(
  ft: (key: string) => string,
  i18n: Parameters<typeof looseI18n>[0],
  field: string,
  value: unknown,
): string {
  if (typeof value === 'boolean') return ft(value ? 'debrief.yes' : 'debrief.no');
  const group = OPTION_GROUPS[field];
  const key = `moves.options.${group}.${String(value)}`;
  if (group && i18n.exists(key)) return looseI18n(i18n).t(key);
  return String(value);
}

/** One role's sheets as a table: a row per round, a column per field of the sheet. */
function RoleSheets({ role, rounds }: { role: RoleId; rounds: readonly RoundSheets[] }) {
  const { t, i18n } = useTranslation();
  const ft = useFacilitatorText();
  const first = rounds[0];
  if (!first) return null;
  const fields = sheetFields(first.sheets[role]).map((entry) => entry.field);
  return (
    <table className="compact-table debrief-sheet" data-testid={`debrief-sheets-${role}`}>
      <caption>{ft('debrief.sheetsCaption', { role: t(`roles.${role}.name`) })}</caption>
      <thead>
        <tr>
          <th scope="col">{ft('debrief.roundColumn')}</th>
          {fields.map((field) => (
            <th scope="col" key={field}>
              {fieldLabels(t, role, [field])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rounds.map((played) => {
          const handedIn = played.handedIn.includes(role);
          return (
            <tr key={played.round} className={handedIn ? undefined : 'standing'}>
              <th scope="row">
                {played.round}
                {/* The words carry their own brackets: Japanese's are full-width. */}
                {handedIn ? null : <span className="muted"> {ft('debrief.standing')}</span>}
              </th>
              {sheetFields(played.sheets[role]).map(({ field, value }) =>
                unreadFields(played.sheets[role]).includes(field) ? (
                  // An amount the sheet's action leaves unread (a Hold's): none, not the number left in its box.
                  <td key={field}>
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">{ft('debrief.unread')}</span>
                  </td>
                ) : (
                  <td key={field}>{valueText(ft, i18n, field, value)}</td>
                ),
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Every role's sealed sheets, revealed round by round (only in a finished game's debrief). */
export function DebriefSheets({ rounds }: { rounds: readonly RoundSheets[] }) {
  const { t } = useTranslation();
  const ft = useFacilitatorText();
  return (
    <section className="card debrief-section" aria-labelledby="debrief-sheets">
      <h2 id="debrief-sheets">{ft('debrief.sheets')}</h2>
      {ROLE_IDS.map((role) => (
        // A wide sheet scrolls sideways on a phone: the scrolling region must be reachable by keyboard (WCAG 2.1.1).
        <section
          key={role}
          className="table-scroll debrief-sheet-scroll"
          aria-label={ft('debrief.sheetsCaption', { role: t(`roles.${role}.name`) })}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region, as in ChartEvents
          tabIndex={0}
        >
          <RoleSheets role={role} rounds={rounds} />
        </section>
      ))}
    </section>
  );
}
