import type { PlayerView } from '../game/player-view.ts';
import type { Headline } from '../market/types.ts';
import type { TableAtAGlance } from '../protocol/classroom.ts';
import { ROLE_IDS, type RoleId } from '../roles.ts';
import { tableAtAGlance } from './table-summary.ts';

/**
 * The projector: what a class sees on the big screen. It is built from the view a seatless host of each
 * table gets (`playerViewFor(state, null)`), starting from nothing and adding only what the whole room may
 * see: the clock, the public market and its path, public headlines and published scores. People's names,
 * hand-in status, sealed sheets and private channels are never added, so the projector needs no secret.
 */

/** Points of a table's 10-year yield path the projector draws (about two rounds of two-second ticks). */
export const PROJECTOR_PATH_POINTS = 120;
/** Public headlines the ticker carries, newest first, over all tables. */
export const PROJECTOR_HEADLINES = 12;

export interface ProjectorTable extends TableAtAGlance {
  /** The 10-year yield at its latest points, oldest first, for the table's chart. */
  yieldPath: { at: number; yield10y: number }[];
  /** Each role's published score; null while the rules keep it hidden. */
  scores: { role: RoleId; score: number | null }[];
  dealsSigned: number;
  breaches: number;
}

/** A public headline of one table, for the ticker (translated by the client like any headline). */
export interface ProjectorHeadline {
  id: string;
  tableNumber: number;
  round: number;
  at: number;
  headline: Headline;
}

/** One place on the class leaderboard: a table's role, never a person ("Table 3 · Tokyo"). */
export interface LeaderboardEntry {
  tableNumber: number;
  role: RoleId;
  score: number;
}

export interface ProjectorMessage {
  classroomId: string;
  code: string;
  title: string | null;
  /** Counts up with every projector built, so a client can drop one that arrives late. */
  seq: number;
  /** The table the facilitator shows large (`projector:focus`), or null: every table side by side. */
  focus: string | null;
  tables: ProjectorTable[];
  headlines: ProjectorHeadline[];
  /** Per role, in role order: that role's tables, best published score first (ties: lower table first). */
  leaderboard: { role: RoleId; entries: LeaderboardEntry[] }[];
  /**
   * How to join, for the room to scan before the start: while no table has left its lobby, and only when
   * the server knows the address players reach it at. Null once any table has started.
   */
  join: JoinInvite | null;
}

/** The session's join link and the same link as a QR code (SVG), built from the server's public address. */
export interface JoinInvite {
  url: string;
  qrSvg: string;
}

/** The room is still coming in: no table has started (the projector shows how to join). */
export const beforeTheStart = (tables: readonly { phase: string }[]) =>
  tables.every((table) => table.phase === 'lobby');

/** One table for the projector, with its public headlines. */
export function projectorTableOf(
  view: PlayerView,
  tableNumber: number,
): { table: ProjectorTable; headlines: ProjectorHeadline[] } {
  const table: ProjectorTable = {
    ...tableAtAGlance(view, tableNumber),
    yieldPath: view.marketPath.slice(-PROJECTOR_PATH_POINTS).map(({ at, yield10y }) => ({ at, yield10y })),
    scores: ROLE_IDS.map((role) => ({ role, score: view.seats[role].score })),
    dealsSigned: view.deals.length,
    breaches: view.breaches.length,
  };
  const headlines = view.news.slice(-PROJECTOR_HEADLINES).map(({ id, round, at, headline }) => ({
    id: `${view.gameId}:${id}`,
    tableNumber,
    round,
    at,
    headline,
  }));
  return { table, headlines };
}

/** The anonymised leaderboard: each role's tables by published score; hidden scores are left out. */
export function leaderboardOf(tables: readonly ProjectorTable[]): ProjectorMessage['leaderboard'] {
  return ROLE_IDS.map((role) => ({
    role,
    entries: tables
      .flatMap((table) => {
        const score = table.scores.find((entry) => entry.role === role)?.score ?? null;
        return score === null ? [] : [{ tableNumber: table.tableNumber, role, score }];
      })
      .sort((a, b) => b.score - a.score || a.tableNumber - b.tableNumber),
  }));
}

/** The newest public headlines over all tables, newest first. */
export function tickerOf(headlines: readonly ProjectorHeadline[]): ProjectorHeadline[] {
  return [...headlines]
    .sort((a, b) => b.at - a.at || a.tableNumber - b.tableNumber)
    .slice(0, PROJECTOR_HEADLINES);
}
