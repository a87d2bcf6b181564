import type { GameEvent } from '../game/events.ts';
import type { GameConfig } from '../game/state.ts';
import { type SeatedPerson, tableOfOneSeat } from '../game/table-of-one.ts';
import { toCsv } from './csv.ts';
import { EXPORT_COLUMNS, exportRowsOf } from './export-rows.ts';
import { type DiscussionQuestion, discussionQuestions } from './questions.ts';
import { replayWithSheets } from './round-sheets.ts';
import { type TableDebrief, tableDebriefFrom } from './table.ts';

export {
  EXPORT_COLUMNS,
  EXPORT_KINDS,
  type ExportColumn,
  type ExportKind,
  type ExportRow,
  exportRowsOf,
  sheetFields,
} from './export-rows.ts';

/** The version of the export's layout: outside tools check it before reading. */
export const EXPORT_FORMAT = 'leverage-export/1';

/** One game's export as JSON (docs/protocol.md, "Export"). */
export interface GameExport {
  format: typeof EXPORT_FORMAT;
  game: {
    gameId: string;
    code: string;
    seed: number;
    createdAt: number;
    rounds: number;
    bindingDeals: boolean;
    ended: boolean;
    /**
     * The host played one seat alone against bots (shared/game/table-of-one.ts), as the seats stand when
     * the export is made: nobody facilitated, and the debrief speaks to the player.
     */
    tableOfOne: boolean;
    /**
     * The table's number in its class session ("3"), as the class calls it: a class's table is never
     * named by its code. Null for a game that is not a session's table.
     */
    table: string | null;
  };
  debrief: TableDebrief;
  /**
   * Questions for the debrief drawn from this table alone (the table named by its number in a class
   * session, else by its join code).
   */
  questions: DiscussionQuestion[];
  /**
   * Every accepted input in order, each with the round it was applied in. Empty before the end: the log
   * holds sealed sheets and private messages.
   */
  log: { index: number; round: number; event: GameEvent }[];
}

export interface ExportSource {
  config: GameConfig;
  code: string;
  createdAt: number;
  log: readonly GameEvent[];
  /** Who is in the game now (the lobby's people): whether it is a table of one. */
  people: readonly SeatedPerson[];
  /** The table's number in its class session, for a session's table. */
  table?: string;
}

export function gameExportOf({ config, code, createdAt, log, people, table }: ExportSource): GameExport {
  const replayed = replayWithSheets(config, createdAt, log);
  const debrief = tableDebriefFrom(config, createdAt, replayed);
  return {
    format: EXPORT_FORMAT,
    game: {
      gameId: config.gameId,
      code,
      seed: config.seed,
      createdAt,
      rounds: config.rounds,
      bindingDeals: config.bindingDeals,
      ended: debrief.ended,
      tableOfOne: tableOfOneSeat(config.seats, people) !== null,
      table: table ?? null,
    },
    debrief,
    questions: discussionQuestions([{ label: table ?? code, debrief }], config.scenario),
    log: debrief.ended
      ? log.map((event, index) => ({ index, round: replayed.eventRounds[index] ?? 0, event }))
      : [],
  };
}

export function exportCsvOf(data: GameExport): string {
  return toCsv(EXPORT_COLUMNS, exportRowsOf(data));
}
