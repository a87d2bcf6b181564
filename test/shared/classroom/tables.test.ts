import { describe, expect, it } from 'vitest';
import {
  botForTableSeat,
  botSeatsOf,
  formTables,
  MAX_PEOPLE_PER_TABLE,
  placeLateJoiner,
  type TableSeating,
  tableCounts,
} from '../../../shared/classroom/tables.ts';
import { MAX_PEOPLE_PER_SEAT } from '../../../shared/game/limits.ts';
import { perRole, type RoleId } from '../../../shared/roles.ts';

const people = (count: number) => Array.from({ length: count }, (_, index) => `student${index + 1}`);

describe('forming tables', () => {
  it('seats 13 people at tables of 4 as 5, 4 and 4: the thirteenth is Tokyo’s teammate at table 1', () => {
    expect(tableCounts(13, 4)).toEqual([5, 4, 4]);
    const tables = formTables(people(13), 4);
    expect(tables[0]!.seats).toEqual({
      tokyo: ['student1', 'student5'],
      whiteHouse: ['student2'],
      investors: ['student3'],
      usBusiness: ['student4'],
    });
    expect(tables[2]!.seats.usBusiness).toEqual(['student13']);
    expect(tables.map(botSeatsOf)).toEqual([[], [], []]);
  });

  it('seats 13 at tables of 5 as 5, 5 and 3: teams at the full tables, a bot for US businesses at the short one', () => {
    const tables = formTables(people(13), 5);
    expect(tables.map((table) => Object.values(table.seats).flat().length)).toEqual([5, 5, 3]);
    expect(tables[0]!.seats.tokyo).toEqual(['student1', 'student5']);
    expect(tables[2]!.seats).toEqual({
      tokyo: ['student11'],
      whiteHouse: ['student12'],
      investors: ['student13'],
      usBusiness: [],
    });
    expect(tables.map(botSeatsOf)).toEqual([[], [], ['usBusiness']]);
  });

  it('makes a short table of two or more, and never leaves one person alone with three bots unless alone', () => {
    expect(tableCounts(14, 4)).toEqual([4, 4, 4, 2]);
    expect(botSeatsOf(formTables(people(14), 4)[3]!)).toEqual(['investors', 'usBusiness']);
    expect(tableCounts(9, 4)).toEqual([5, 4]);
    expect(tableCounts(1, 4)).toEqual([1]);
    expect(tableCounts(0, 4)).toEqual([]);
    // Solo: a table each.
    expect(tableCounts(3, 1)).toEqual([1, 1, 1]);
  });

  it('never puts more at a table than its seats’ teams can hold', () => {
    expect(MAX_PEOPLE_PER_TABLE).toBe(4 * MAX_PEOPLE_PER_SEAT);
    expect(tableCounts(MAX_PEOPLE_PER_TABLE + 1, MAX_PEOPLE_PER_TABLE)).toEqual([MAX_PEOPLE_PER_TABLE, 1]);
    expect(tableCounts(30, 100)).toEqual([MAX_PEOPLE_PER_TABLE, 6]);
    for (const [count, size] of [
      [120, 4],
      [37, 6],
      [50, 8],
    ] as const) {
      const tables = formTables(people(count), size);
      expect(tables.flatMap((table) => Object.values(table.seats).flat()).sort()).toEqual(
        people(count).sort(),
      );
      for (const table of tables)
        for (const seat of Object.values(table.seats))
          expect(seat.length).toBeLessThanOrEqual(MAX_PEOPLE_PER_SEAT);
    }
  });

  it('gives bots the facilitator’s personalities in turn over tables and seats', () => {
    expect(botForTableSeat(['hawk', 'dove'], 'hard', 0, 'investors')).toEqual({
      personality: 'hawk',
      level: 'hard',
    });
    expect(botForTableSeat(['hawk', 'dove'], 'hard', 0, 'usBusiness')).toEqual({
      personality: 'dove',
      level: 'hard',
    });
    expect(botForTableSeat(['hawk', 'dove', 'titForTat'], 'easy', 1, 'tokyo').personality).toBe('dove');
  });
});

function table(
  tableId: string,
  started: boolean,
  seats: Partial<Record<RoleId, number | 'bot'>>,
): TableSeating {
  return {
    tableId,
    started,
    seats: perRole((role) => {
      const seat = seats[role] ?? 0;
      return seat === 'bot' ? { people: 0, bot: true } : { people: seat, bot: false };
    }),
  };
}

describe('placing a late joiner', () => {
  it('takes a seat nobody holds first, then a bot’s seat at a table not started, then the smallest team', () => {
    const open = table('t2', true, { tokyo: 1, whiteHouse: 1, investors: 1 });
    const full = table('t1', true, { tokyo: 2, whiteHouse: 1, investors: 1, usBusiness: 1 });
    expect(placeLateJoiner([full, open])).toEqual({ tableId: 't2', role: 'usBusiness' });

    const botAtWaiting = table('t3', false, { tokyo: 1, whiteHouse: 1, investors: 'bot', usBusiness: 'bot' });
    const botAtStarted = table('t4', true, { tokyo: 1, whiteHouse: 1, investors: 'bot', usBusiness: 1 });
    expect(placeLateJoiner([full, botAtStarted, botAtWaiting])).toEqual({ tableId: 't3', role: 'investors' });

    // Every table started and every seat held: the table with the fewest people, its smallest team.
    expect(placeLateJoiner([full, botAtStarted])).toEqual({ tableId: 't4', role: 'tokyo' });
    expect(placeLateJoiner([full])).toEqual({ tableId: 't1', role: 'whiteHouse' });
  });

  it('finds no seat when every team is full, and none without tables', () => {
    const packed = MAX_PEOPLE_PER_SEAT;
    expect(
      placeLateJoiner([
        table('t1', true, { tokyo: packed, whiteHouse: packed, investors: packed, usBusiness: 'bot' }),
      ]),
    ).toBeNull();
    expect(placeLateJoiner([])).toBeNull();
  });
});
