import type { Scenario } from '../scenario/schema.ts';
import { classComparisonOf, type TableComparison } from './class.ts';
import { toCsv } from './csv.ts';
import { type ExportSource, type GameExport, gameExportOf } from './export.ts';
import { EXPORT_COLUMNS, type ExportRow, exportRowsOf } from './export-rows.ts';
import { type DiscussionQuestion, discussionQuestions } from './questions.ts';

/** The version of the session export's layout: outside tools check it before reading. */
export const SESSION_EXPORT_FORMAT = 'leverage-session-export/1';

/** A class session as its export names it. */
export interface SessionRecord {
  classroomId: string;
  code: string;
  title: string | null;
  seed: number;
  createdAt: number;
}

/** A facilitator's message to the tables: when, its text, and the numbers of the tables it went to. */
export interface SessionBroadcast {
  at: number;
  text: string;
  tables: string[];
}

/** One table of the session: its number as the class calls it ("3"), and what its game's export is read from. */
export interface SessionTableSource {
  table: string;
  source: ExportSource;
}

/**
 * A whole class session's export as JSON (docs/protocol.md, "Export"): every started table's own export
 * (the same builder as one game's, so each table holds exactly what its own export would, the public
 * record only while it runs), the tables side by side and the class's discussion questions.
 */
export interface SessionExport {
  format: typeof SESSION_EXPORT_FORMAT;
  session: SessionRecord;
  /** Every table that has started, in table order; a table still in its lobby has nothing to export. */
  tables: { table: string; export: GameExport }[];
  /** The class debrief's comparison (shared/debrief/class.ts), labelled by table number. */
  comparison: TableComparison[];
  /** Questions drawn from every table, which name tables by number. */
  questions: DiscussionQuestion[];
  /** The facilitator's messages to the tables, in the order they were sent. */
  broadcasts: SessionBroadcast[];
}

/**
 * The session's export. `scenario` words the questions; every table of a session plays the same one (the
 * first table's is used when there is one).
 */
export function sessionExportOf(
  session: SessionRecord,
  sources: readonly SessionTableSource[],
  broadcasts: readonly SessionBroadcast[] = [],
): SessionExport {
  const tables = sources.map(({ table, source }) => ({ table, export: gameExportOf({ ...source, table }) }));
  const classTables = tables.map(({ table, export: data }) => ({ label: table, debrief: data.debrief }));
  const scenario: Scenario | undefined = sources[0]?.source.config.scenario;
  return {
    format: SESSION_EXPORT_FORMAT,
    session,
    tables,
    comparison: classComparisonOf(classTables),
    questions: scenario ? discussionQuestions(classTables, scenario) : [],
    broadcasts: broadcasts.map((broadcast) => ({ ...broadcast, tables: [...broadcast.tables] })),
  };
}

/**
 * The session's CSV: one game's columns with the table's number first, every table's rows in turn, each
 * table's followed by a `broadcast` row for every facilitator's message it was sent.
 */
export const SESSION_EXPORT_COLUMNS = ['table', ...EXPORT_COLUMNS] as const;
export type SessionExportRow = (ExportRow | (Omit<ExportRow, 'kind'> & { kind: 'broadcast' })) & {
  table: string;
};

export function sessionExportRowsOf(data: SessionExport): SessionExportRow[] {
  return data.tables.flatMap(({ table, export: game }) => [
    ...exportRowsOf(game).map((row): SessionExportRow => ({ table, ...row })),
    ...data.broadcasts
      .filter((broadcast) => broadcast.tables.includes(table))
      .map(
        (broadcast): SessionExportRow => ({
          table,
          kind: 'broadcast',
          at: broadcast.at,
          role: 'host',
          text: broadcast.text,
        }),
      ),
  ]);
}

export function sessionExportCsvOf(data: SessionExport): string {
  return toCsv(SESSION_EXPORT_COLUMNS, sessionExportRowsOf(data));
}
