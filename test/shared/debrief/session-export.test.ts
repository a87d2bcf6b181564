import { describe, expect, it } from 'vitest';
import { exportRowsOf, gameExportOf } from '../../../shared/debrief/export.ts';
import {
  SESSION_EXPORT_COLUMNS,
  sessionExportCsvOf,
  sessionExportOf,
  sessionExportRowsOf,
} from '../../../shared/debrief/session-export.ts';
import { gameWithSale, plainGame, tokyoWhisper } from './played-games.ts';

const selling = gameWithSale();
const plain = plainGame();
const session = { classroomId: 'class-1', code: 'ABCDE', title: 'Econ 2B', seed: 11, createdAt: 0 };
const sourceOf = (run: typeof plain, code: string, log = run.log) => ({
  config: run.config,
  code,
  createdAt: 0,
  log,
  people: [],
});

describe('the export of a class session', () => {
  const data = sessionExportOf(session, [
    { table: '1', source: sourceOf(plain, 'AAAAAA') },
    { table: '2', source: sourceOf(selling, 'BBBBBB') },
  ]);

  it("holds every table's own export, in table order, and the tables side by side", () => {
    expect(data.session).toEqual(session);
    expect(data.tables.map((entry) => entry.table)).toEqual(['1', '2']);
    // As the table's own export is served: a session's table named by its number.
    expect(data.tables[1]!.export).toEqual(gameExportOf({ ...sourceOf(selling, 'BBBBBB'), table: '2' }));
    expect(data.comparison.map((row) => [row.label, row.dealsReached, row.breaches])).toEqual([
      ['1', plain.state.deals.length, plain.state.breaches.length],
      ['2', selling.state.deals.length, selling.state.breaches.length],
    ]);
  });

  it("asks the class about table 2's $100bn sale in round 2, naming the table by its number", () => {
    const sale = data.questions.find((question) => question.kind === 'tokyoSale');
    expect(sale?.question.params).toMatchObject({ table: '2', round: 2 });
  });

  it("writes one CSV: the table's number, then a game's columns, each table's rows as its own export has them", () => {
    const rows = sessionExportRowsOf(data);
    for (const [index, entry] of data.tables.entries()) {
      const own = exportRowsOf(entry.export);
      expect(rows.filter((row) => row.table === String(index + 1))).toEqual(
        own.map((row) => ({ table: entry.table, ...row })),
      );
    }
    const lines = sessionExportCsvOf(data).trimEnd().split('\r\n');
    expect(lines[0]).toBe(SESSION_EXPORT_COLUMNS.join(','));
    expect(SESSION_EXPORT_COLUMNS[0]).toBe('table');
    expect(lines.length).toBe(rows.length + 1);
    expect(lines.filter((line) => line.startsWith('2,message,')).join('\n')).toContain(tokyoWhisper(1));
    expect(lines.filter((line) => line.startsWith('1,message,')).join('\n')).not.toContain(tokyoWhisper(1));
  });

  it('keeps a running table to its public record: no sheet, message or log rows before its end', () => {
    const half = selling.log.slice(0, Math.floor(selling.log.length / 2));
    const running = sessionExportOf(session, [{ table: '1', source: sourceOf(selling, 'BBBBBB', half) }]);
    expect(running.tables[0]!.export.game.ended).toBe(false);
    const kinds = new Set(sessionExportRowsOf(running).map((row) => row.kind));
    for (const secret of ['sheet', 'message', 'event', 'proposal', 'botReason'] as const)
      expect(kinds.has(secret)).toBe(false);
    expect(sessionExportCsvOf(running)).not.toContain(tokyoWhisper(1));
  });

  it('has no questions and no comparison for a session whose tables have not started', () => {
    expect(sessionExportOf(session, [])).toMatchObject({ tables: [], comparison: [], questions: [] });
  });
});
