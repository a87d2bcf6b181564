export { type ClassTable, classComparisonOf, type TableComparison } from './class.ts';
export { csvField, toCsv } from './csv.ts';
export {
  EXPORT_COLUMNS,
  EXPORT_FORMAT,
  EXPORT_KINDS,
  type ExportRow,
  exportCsvOf,
  exportRowsOf,
  type GameExport,
  gameExportOf,
  sheetFields,
} from './export.ts';
export {
  DEFAULT_QUESTION_COUNT,
  type DiscussionQuestion,
  discussionQuestions,
  QUESTION_KINDS,
} from './questions.ts';
export { type RoundSheets, replayWithSheets } from './round-sheets.ts';
export {
  SESSION_EXPORT_COLUMNS,
  SESSION_EXPORT_FORMAT,
  type SessionExport,
  type SessionRecord,
  type SessionTableSource,
  sessionExportCsvOf,
  sessionExportOf,
  sessionExportRowsOf,
} from './session-export.ts';
export { type Annotation, type TableDebrief, type TimelineRound, tableDebriefOf } from './table.ts';
