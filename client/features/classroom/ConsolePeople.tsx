import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassPerson, ClassroomCommand, TableSummary } from '../../../shared/protocol/classroom.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { useFacilitatorText } from '../../i18n/facilitator-text.ts';
import { SelectField } from '../../ui/fields.tsx';

/** The seat select's value for "where the late-joiner rule puts them" (no table or role named). */
const BY_RULE = 'rule';
const seatValue = (tableId: string, role: string) => `${tableId}/${role}`;

type Place = Extract<ClassroomCommand, { type: 'person:place' }>;

/**
 * Everyone who joined and where they sit, and one form to seat a person by hand: a select of people, a
 * select of every open table's seats (or the late-joiner rule) and a button, so the keyboard does what a
 * drag would. One form rather than one per person: a room of 120 at 30 tables would otherwise be 14,000
 * options redrawn with every console. The server checks the move (`person:place`) like every command.
 */
export function ConsolePeople({
  people,
  tables,
  onPlace,
}: {
  people: readonly ClassPerson[];
  tables: readonly TableSummary[];
  onPlace: (command: Place) => void;
}) {
  const { t } = useTranslation();
  const ft = useFacilitatorText();
  const [personId, setPersonId] = useState('');
  const [seat, setSeat] = useState(BY_RULE);
  if (people.length === 0) return null;
  const open = tables.filter((table) => table.phase !== 'ended');
  const seatAt = (tableNumber: number, role: RoleId) =>
    ft('console.seatAt', { number: tableNumber, role: t(`roles.${role}.short`) });
  // Until the facilitator picks someone, the person to seat is the first still waiting (a latecomer who
  // just joined, after the tables were formed), not whoever joined first and sits at a table already.
  const chosen =
    people.find((person) => person.id === personId) ??
    people.find((person) => person.seat === null) ??
    people[0]!;
  const place = () => {
    const [tableId, role] = seat.split('/');
    const named = ROLE_IDS.find((id) => id === role);
    onPlace(
      tableId && named && seat !== BY_RULE
        ? { type: 'person:place', personId: chosen.id, tableId, role: named }
        : { type: 'person:place', personId: chosen.id },
    );
    // The next press seats the next person waiting, unless the facilitator picks another.
    setPersonId('');
  };
  return (
    <section className="card console-people" aria-labelledby="console-people-title">
      <h2 id="console-people-title">{ft('console.peopleTitle')}</h2>
      <ul>
        {people.map((person) => (
          <li key={person.id} data-testid={`person-${person.id}`}>
            <strong>{person.name}</strong> ·{' '}
            {person.seat ? seatAt(person.seat.tableNumber, person.seat.role) : ft('console.waiting')} ·{' '}
            {person.connected ? t('classroom.console.online') : t('classroom.console.offline')}
          </li>
        ))}
      </ul>
      <div className="console-action">
        <SelectField
          label={ft('console.person')}
          name="placePerson"
          value={chosen.id}
          onChange={setPersonId}
          options={people.map((person) => ({ value: person.id, label: person.name }))}
        />
        <SelectField
          label={ft('console.seat')}
          name="placeSeat"
          value={seat}
          onChange={setSeat}
          options={[
            { value: BY_RULE, label: ft('console.byRule') },
            ...open.flatMap((table) =>
              ROLE_IDS.map((role) => ({
                value: seatValue(table.tableId, role),
                label: seatAt(table.tableNumber, role),
              })),
            ),
          ]}
        />
        <button type="button" className="button" onClick={place}>
          {ft('console.place', { name: chosen.name })}
        </button>
      </div>
    </section>
  );
}
