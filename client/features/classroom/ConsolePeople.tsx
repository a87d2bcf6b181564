import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassPerson, ClassroomCommand, TableSummary } from '../../../shared/protocol/classroom.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';

/** The select's value for "where the late-joiner rule puts them" (no table or role named). */
const BY_RULE = 'rule';
const seatValue = (tableId: string, role: string) => `${tableId}/${role}`;

/**
 * Everyone who joined, where they sit, and a way to seat them by hand: a select of every open table's
 * seats (or the late-joiner rule) and a button, so the keyboard does what a drag would. The server
 * checks the move (`person:place`) like every facilitator command.
 */
export function ConsolePeople({
  people,
  tables,
  onPlace,
}: {
  people: readonly ClassPerson[];
  tables: readonly TableSummary[];
  onPlace: (command: Extract<ClassroomCommand, { type: 'person:place' }>) => void;
}) {
  const ft = useFacilitatorText();
  const open = tables.filter((table) => table.phase !== 'ended');
  if (people.length === 0) return null;
  return (
    <section className="card console-people" aria-labelledby="console-people-title">
      <h2 id="console-people-title">{ft('console.peopleTitle')}</h2>
      <ul>
        {people.map((person) => (
          <PersonRow key={person.id} person={person} open={open} onPlace={onPlace} />
        ))}
      </ul>
    </section>
  );
}

function PersonRow({
  person,
  open,
  onPlace,
}: {
  person: ClassPerson;
  open: readonly TableSummary[];
  onPlace: (command: Extract<ClassroomCommand, { type: 'person:place' }>) => void;
}) {
  const { t } = useTranslation();
  const ft = useFacilitatorText();
  const [choice, setChoice] = useState(BY_RULE);
  const where = person.seat
    ? ft('console.seatAt', {
        number: person.seat.tableNumber,
        role: t(`roles.${person.seat.role}.short`),
      })
    : ft('console.waiting');
  const place = () => {
    const [tableId, role] = choice.split('/');
    const chosen = ROLE_IDS.find((id) => id === role);
    onPlace(
      tableId && chosen && choice !== BY_RULE
        ? { type: 'person:place', personId: person.id, tableId, role: chosen }
        : { type: 'person:place', personId: person.id },
    );
  };
  return (
    <li data-testid={`person-${person.id}`}>
      <strong>{person.name}</strong> · <span>{where}</span> ·{' '}
      <span>{person.connected ? t('classroom.console.online') : t('classroom.console.offline')}</span>{' '}
      <label>
        <span className="sr-only">{ft('console.seatFor', { name: person.name })}</span>
        <select value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value={BY_RULE}>{ft('console.byRule')}</option>
          {open.flatMap((table) =>
            ROLE_IDS.map((role) => (
              <option key={seatValue(table.tableId, role)} value={seatValue(table.tableId, role)}>
                {ft('console.seatAt', { number: table.tableNumber, role: t(`roles.${role}.short`) })}
              </option>
            )),
          )}
        </select>
      </label>{' '}
      <button type="button" className="button" onClick={place}>
        {ft('console.place', { name: person.name })}
      </button>
    </li>
  );
}
