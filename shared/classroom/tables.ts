import type { BotProfile, Level, Personality } from '../bots/types.ts';
import { MAX_PEOPLE_PER_SEAT } from '../game/limits.ts';
import { type PerRole, perRole, ROLE_IDS, type RoleId } from '../roles.ts';

/**
 * How a class is seated: the one statement of it, read by the server when the facilitator forms tables or
 * places someone who came late (docs/classroom.md tells it in words).
 *
 * Forming: people are dealt out in the order they joined, `tableSize` to a table. A table's people take
 * the roles in their fixed order (Tokyo, the White House, investors, US businesses) and go round again, so
 * the fifth person at a table is Tokyo's teammate, the sixth the White House's. What is left over after
 * the full tables forms one short table whose empty seats bots play (the last roles in the order: a
 * table of two is Tokyo against the White House, with bot investors and businesses), unless it is a
 * single person: one person with three bots would not be negotiating with the class, so they join the
 * first table as a teammate instead. Thirteen people with tables of 4 sit 5, 4 and 4; with tables of 5,
 * they sit 5, 5 and 3, the third table with a bot for US businesses.
 */

/** A short table needs at least this many people; fewer left over become teammates at the first tables. */
export const MIN_PEOPLE_AT_A_SHORT_TABLE = 2;

/** The most people a table can hold: every seat a full team. */
export const MAX_PEOPLE_PER_TABLE = ROLE_IDS.length * MAX_PEOPLE_PER_SEAT;

/** One table as formed: who sits at each role (in joining order, the first is the team's captain). */
export interface TablePlan {
  seats: PerRole<string[]>;
}

/** How many people sit at each table, in table order. */
export function tableCounts(people: number, tableSize: number): number[] {
  if (people <= 0) return [];
  const size = Math.min(Math.max(1, Math.floor(tableSize)), MAX_PEOPLE_PER_TABLE);
  const counts: number[] = Array.from({ length: Math.floor(people / size) }, () => size);
  let left = people % size;
  if (left === 0) return counts;
  if (left < MIN_PEOPLE_AT_A_SHORT_TABLE) {
    for (let table = 0; left > 0 && table < counts.length; table++) {
      if (counts[table]! < MAX_PEOPLE_PER_TABLE) {
        counts[table]!++;
        left--;
      }
    }
  }
  return left > 0 ? [...counts, left] : counts;
}

/** The role the n-th person at a table takes (from 0): round the roles in order, then again as teammates. */
export function roleForPlace(place: number): RoleId {
  return ROLE_IDS[place % ROLE_IDS.length]!;
}

export function formTables(personIds: readonly string[], tableSize: number): TablePlan[] {
  let next = 0;
  return tableCounts(personIds.length, tableSize).map((count) => {
    const seats = perRole((): string[] => []);
    for (let place = 0; place < count; place++) seats[roleForPlace(place)].push(personIds[next++]!);
    return { seats };
  });
}

/** The seats a formed table leaves to bots: those nobody was dealt. */
export function botSeatsOf(plan: TablePlan): RoleId[] {
  return ROLE_IDS.filter((role) => plan.seats[role].length === 0);
}

/**
 * The bot for a seat at the `table`-th table (from 0): the facilitator's personality mix taken in turn over
 * tables and seats, so a mix of two gives every table both, and the same session seats the same bots.
 */
export function botForTableSeat(
  mix: readonly Personality[],
  level: Level,
  table: number,
  role: RoleId,
): BotProfile {
  const turn = table * ROLE_IDS.length + ROLE_IDS.indexOf(role);
  return { personality: mix[turn % mix.length]!, level };
}

/** A table as late placement sees it: how many people each seat holds and whether a bot plays it. */
export interface TableSeating {
  tableId: string;
  started: boolean;
  seats: PerRole<{ people: number; bot: boolean }>;
}

export interface SeatChoice {
  tableId: string;
  role: RoleId;
}

/**
 * Where someone who came after the tables were formed sits. First a seat nobody holds and no bot plays
 * (its table started with a person missing); then, at a table not started yet, a bot's seat (the bot
 * steps aside: a person beats a bot); else the smallest team at the table with the fewest people. Ties go
 * to the earlier table and the earlier role. Null when every seat of every table is a full team.
 */
export function placeLateJoiner(tables: readonly TableSeating[]): SeatChoice | null {
  const peopleAt = (table: TableSeating) => ROLE_IDS.reduce((sum, role) => sum + table.seats[role].people, 0);
  const byFewestPeople = [...tables].sort((a, b) => peopleAt(a) - peopleAt(b));
  const first = (fits: (table: TableSeating, role: RoleId) => boolean): SeatChoice | null => {
    for (const table of byFewestPeople)
      for (const role of ROLE_IDS) if (fits(table, role)) return { tableId: table.tableId, role };
    return null;
  };
  return (
    first((table, role) => !table.seats[role].bot && table.seats[role].people === 0) ??
    first((table, role) => !table.started && table.seats[role].bot) ??
    smallestTeam(byFewestPeople)
  );
}

function smallestTeam(tables: readonly TableSeating[]): SeatChoice | null {
  let best: (SeatChoice & { people: number }) | null = null;
  for (const table of tables)
    for (const role of ROLE_IDS) {
      const seat = table.seats[role];
      if (seat.bot || seat.people >= MAX_PEOPLE_PER_SEAT) continue;
      if (!best || seat.people < best.people) best = { tableId: table.tableId, role, people: seat.people };
    }
  return best && { tableId: best.tableId, role: best.role };
}
