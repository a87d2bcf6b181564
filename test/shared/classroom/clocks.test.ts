import { describe, expect, it } from 'vitest';
import { clockAlignment, type TableClock } from '../../../shared/classroom/clocks.ts';

const NOW = 1_750_000_000_000;
const clock = (tableId: string, extra: Partial<TableClock>): TableClock => ({
  tableId,
  phase: 'negotiate',
  round: 2,
  deadline: NOW + 60_000,
  paused: false,
  pausedRemainingMs: null,
  ...extra,
});

describe('keeping the clocks in step', () => {
  it('extends tables in the same round and phase to end with the last, in whole seconds rounded up', () => {
    const tables = [
      clock('a', { deadline: NOW + 100_000 }),
      clock('b', { deadline: NOW + 40_500 }),
      clock('c', { paused: true, deadline: null, pausedRemainingMs: 70_000 }),
      clock('d', { deadline: NOW + 99_500 }),
    ];
    expect(clockAlignment(tables, NOW)).toEqual([
      { tableId: 'b', seconds: 60 },
      { tableId: 'c', seconds: 30 },
    ]);
  });

  it('leaves tables in other phases or rounds, and ended ones, to themselves', () => {
    const tables = [
      clock('a', { deadline: NOW + 100_000 }),
      clock('b', { phase: 'decide', deadline: NOW + 10_000 }),
      clock('c', { round: 3, deadline: NOW + 5_000 }),
      clock('d', { phase: 'ended', deadline: null }),
    ];
    expect(clockAlignment(tables, NOW)).toEqual([]);
  });

  it('adds at most what one extension may', () => {
    const tables = [clock('a', { deadline: NOW + 2_000_000 }), clock('b', { deadline: NOW })];
    expect(clockAlignment(tables, NOW)).toEqual([{ tableId: 'b', seconds: 600 }]);
  });
});
