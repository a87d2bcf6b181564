import { describe, expect, it } from 'vitest';
import { type ClassTable, classComparisonOf } from '../../../shared/debrief/class.ts';
import { discussionQuestions } from '../../../shared/debrief/questions.ts';
import { tableDebriefOf } from '../../../shared/debrief/table.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import type { HeadlessRun } from '../../../shared/sim/headless.ts';
import { gameWithSale, plainGame } from './played-games.ts';

const table = (label: string, run: HeadlessRun): ClassTable => ({
  label,
  debrief: tableDebriefOf(run.config, 0, run.log),
});
const selling = gameWithSale();
const plain = plainGame();
const tables = [table('1', plain), table('3', selling)];

describe('the class comparison', () => {
  it('puts tables side by side: final yields, panic peak, deals, breaches and scores by role', () => {
    const rows = classComparisonOf(tables);
    expect(rows.map((row) => row.label)).toEqual(['1', '3']);
    for (const [index, run] of [plain, selling].entries()) {
      const row = rows[index]!;
      const { state } = run;
      expect(row.final).toEqual(state.marketPath.at(-1));
      expect(row.yieldChangeBp).toBe(
        Math.round((state.market.yield10y - state.marketPath[0]!.yield10y) * 100),
      );
      expect(row.panicPeak).toBe(Math.max(...state.marketPath.map((point) => point.panic)));
      expect(row.dealsReached).toBe(state.deals.length);
      expect(row.breaches).toBe(state.breaches.length);
      expect(row.backstops).toBe(state.reports.filter((report) => report.backstop).length);
      for (const role of ROLE_IDS) expect(row.scores[role]).toBe(Math.round(state.scores[role].total));
    }
  });
});

describe('discussion questions', () => {
  it('asks about the $100bn sale at table 3 in round 2 and about nothing the tables did not do', () => {
    const questions = discussionQuestions(tables, DEFAULT_SCENARIO, 20);
    const sales = questions.filter((question) => question.kind === 'tokyoSale');
    expect(sales[0]!.question).toEqual({
      key: 'debrief.question.tokyoSale',
      params: { table: '3', round: 2, amountBn: 100 },
    });
    // Every sale asked about is one the sheets show.
    for (const { question } of sales) {
      const { table: label, round, amountBn } = question.params!;
      const played = tables.find((entry) => entry.label === label)!.debrief.sheets;
      const sheet = played.find((entry) => entry.round === round)!.sheets.tokyo;
      expect(sheet.treasuryAction === 'sell' ? sheet.treasuryAmountBn : null).toBe(amountBn);
    }
    for (const { question } of questions.filter((entry) => entry.kind === 'breach')) {
      const { table: label, role, round } = question.params!;
      const debrief = tables.find((entry) => entry.label === label)!.debrief;
      expect(debrief.breaches.some((breach) => breach.role === role && breach.round === round)).toBe(true);
    }
  });

  it('chooses the most telling of each kind first, then the rest by weight, up to the count', () => {
    const all = discussionQuestions(tables, DEFAULT_SCENARIO, 100);
    const five = discussionQuestions(tables, DEFAULT_SCENARIO);
    expect(five.length).toBe(Math.min(5, all.length));
    const kinds = new Set(all.map((question) => question.kind));
    // The first questions are one of each kind found, heaviest first.
    const leading = all.slice(0, kinds.size);
    expect(new Set(leading.map((question) => question.kind)).size).toBe(kinds.size);
    expect(leading.map((question) => question.weight)).toEqual(
      [...leading.map((question) => question.weight)].sort((a, b) => b - a),
    );
    expect(five).toEqual(all.slice(0, five.length));
  });

  it('asks nothing about sheets before the end, and nothing comparative of one table', () => {
    const cut = selling.log.length - 40;
    const early = { label: '3', debrief: tableDebriefOf(selling.config, 0, selling.log.slice(0, cut)) };
    const questions = discussionQuestions([early], DEFAULT_SCENARIO, 100);
    expect(questions.filter((question) => question.kind === 'tokyoSale')).toEqual([]);
    expect(questions.filter((question) => question.kind === 'scoreSpread')).toEqual([]);
    expect(questions.filter((question) => question.kind === 'noDeal')).toEqual([]);
  });
});
